import type { WeakIndicators } from '../analysis/weak-indicators.js';
import { INDICATORS } from '../i18n/indicators.js';
import type { View } from '../i18n/view.js';
import type { Definitions } from '../model/definitions.js';
import type { Block } from './doc.js';
import { measureName } from './format.js';
import { weakIndicatorLine } from './indicator-format.js';

/** The weakest indicators under each weak component: a heading, then one list item per component naming them. */
export function weakIndicatorBlocks(
  list: WeakIndicators[],
  defs: Definitions,
  view: View,
  level: 2 | 3 = 3,
  leadOf?: (w: WeakIndicators) => string | undefined,
): Block[] {
  if (list.length === 0) return [];
  const t = view.pick(INDICATORS);
  const several = new Set(list.map((w) => w.index)).size > 1;
  const items = list.map((w) => {
    const index = several ? `${defs.indices.get(w.index)?.shortName ?? w.index} ${w.year}: ` : '';
    const lead = leadOf?.(w);
    return `${index}${t.weakUnder(measureName(defs, w.index, w.year, w.component, view))} ${w.indicators.map((g) => weakIndicatorLine(g, view)).join('; ')}${lead ? ` (${t.leadIs(lead)})` : ''}`;
  });
  return [
    { kind: 'heading', level, text: t.weakHeading },
    { kind: 'list', items },
  ];
}

/** The weakest indicators of one component as plain list items (for a department's sheet). */
export function weakIndicatorItems(w: WeakIndicators | undefined, view: View): string[] {
  return w ? w.indicators.map((g) => weakIndicatorLine(g, view)) : [];
}
