import type { GroupScheme, IndexDef, Period, Region, Source } from './types.js';
import type { ProvinceRegistry } from './provinces.js';

/** Everything the year files are read against: indices, methodology periods, provinces, regions, sources. */
export interface Definitions {
  indices: Map<string, IndexDef>;
  periods: Period[];
  provinces: ProvinceRegistry;
  regions: Map<string, Region>;
  sources: Map<string, Source>;
  /** Group schemes (tiers) by index and years, from groups.csv. */
  groups: GroupScheme[];
}

/** The methodology period of an index-year, if defined. */
export function periodFor(defs: Definitions, index: string, year: number): Period | undefined {
  return defs.periods.find((p) => p.index === index && p.fromYear <= year && year <= p.toYear);
}

/** The group scheme of an index-year, if the owners define one. */
export function groupSchemeFor(defs: Definitions, index: string, year: number): GroupScheme | undefined {
  return defs.groups.find((g) => g.index === index && g.fromYear <= year && year <= g.toYear);
}

/** First and last year of a methodology period (its year ranges may be split, e.g. for a tolerance). */
export function periodSpan(defs: Definitions, period: Period): { from: number; to: number } {
  const same = defs.periods.filter((p) => p.index === period.index && p.id === period.id);
  return { from: Math.min(...same.map((p) => p.fromYear)), to: Math.max(...same.map((p) => p.toYear)) };
}
