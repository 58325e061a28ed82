import type { GroupDef, GroupScheme } from './types.js';

/** Label comparison for published tiers: VCCI writes "Rất Tốt" in 2017 and "Rất tốt" in 2018. */
const key = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');

/** The group of a published scheme that a tier label (as written in a year file) names, if any. */
export function publishedGroup(scheme: GroupScheme, label: string): GroupDef | undefined {
  return scheme.groups.find((g) => key(g.labelVi) === key(label));
}
