import { publishedGroup } from '../model/groups.js';
import type { GroupScheme, Period, YearTable } from '../model/types.js';
import { compositeOf } from './composite.js';
import { compositeRanks } from './ranking.js';
import { rowIndex } from './row-index.js';
import { denoise } from './round.js';

/** A unit's group in an index-year: the group code and the owner's label (for a published tier, as written). */
export interface GroupRef {
  code: string;
  label: string;
}

/** PAPI's top percentile group: the provinces with (N − rank)/N ≥ 0.75, also the `top-quartile` benchmark's pool. */
export const TOP_GROUP_MIN = 0.75;

/**
 * How many of N ranked provinces can have (N − rank)/N ≥ `min`: rank ≤ N·(1 − min), so the
 * whole part of N·(1 − min). Counted in integers so that 61 × 0.25 = 15.25 gives 15, never 16.
 */
export function ranksWithin(n: number, min: number): number {
  return Math.floor(n * (1 - min) + 1e-9);
}

/**
 * The lowest score that still places a province in the group with (N − rank)/N ≥ `min`
 * (competition ranks, higher better), or null when no rank qualifies (fewer than 4 provinces for
 * the top quarter). At PAPI 2023 (N = 61) the top group is ranks 1–15: the 15th score.
 */
export function groupFloor(descending: number[], min: number): number | null {
  const k = ranksWithin(descending.length, min);
  return k >= 1 ? descending[k - 1]! : null;
}

/**
 * Every ranked unit's group in one index-year, by the scheme's rule (see groupOf); units without a
 * group are absent.
 */
export function groupsOf(scheme: GroupScheme | undefined, table: YearTable, period: Period, expected: number): Map<string, GroupRef> {
  const out = new Map<string, GroupRef>();
  for (const row of table.rows) {
    const g = groupOf(scheme, table, period, expected, row.province);
    if (g) out.set(row.province, g);
  }
  return out;
}

/**
 * One unit's group in an index-year, by the scheme's rule: `percentile` by the competition rank
 * among the provinces with a composite, (N − rank)/N ≥ min (only when ranks are computable under
 * the coverage rule; the year's composite ranks, remembered per table, hold the place),
 * `share-of-max` by the score as a % of the composite maximum (below the lowest bound: no group),
 * `published` by the tier written in the year file. Null: no group.
 */
export function groupOf(scheme: GroupScheme | undefined, table: YearTable, period: Period, expected: number, province: string): GroupRef | null {
  if (!scheme) return null;
  const i = rowIndex(table.rows).get(province);
  const row = i === undefined ? undefined : table.rows[i]!;
  if (!row) return null;
  if (scheme.rule === 'published') {
    const g = row.tier === undefined ? undefined : publishedGroup(scheme, row.tier);
    return g ? { code: g.code, label: row.tier! } : null;
  }
  if (scheme.rule === 'share-of-max') {
    const c = compositeOf(row, period);
    if (c === undefined) return null;
    const share = ((c.origin === 'computed' ? denoise(c.value) : c.value) / period.compositeMax) * 100;
    // 2-decimal scores against whole-number bounds: 89.99999 read from a float is not 90.
    const g = scheme.groups.find((x) => share >= x.min! - 1e-9);
    return g ? { code: g.code, label: g.labelVi } : null;
  }
  const set = compositeRanks(table, period, expected);
  const rank = set.computable ? set.place(province) : undefined;
  if (rank === undefined) return null;
  const g = scheme.groups.find((x) => rank <= ranksWithin(set.withValue, x.min!));
  return g ? { code: g.code, label: g.labelVi } : null;
}
