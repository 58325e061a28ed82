import type { GroupRef } from '../analysis/groups.js';
import type { View } from '../i18n/view.js';
import { groupSchemeFor, type Definitions } from '../model/definitions.js';

/**
 * A unit's group as people read it: in Vietnamese the owner's label (a published PCI tier exactly
 * as written), in English the scheme's English label; empty when the unit has none.
 */
export function groupText(defs: Definitions, index: string, year: number, group: GroupRef | null, view: View): string {
  if (!group) return '';
  if (view.lang === 'vi') return group.label;
  const def = groupSchemeFor(defs, index, year)?.groups.find((g) => g.code === group.code);
  return def?.labelEn ?? group.label;
}
