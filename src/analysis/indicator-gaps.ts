import { median } from 'simple-statistics';
import type { Dataset } from '../model/dataset.js';
import { periodFor } from '../model/definitions.js';
import type { Direction, IndicatorLevel, IndicatorSet } from '../model/indicators.js';
import { coverageSuffices } from './coverage.js';
import { percentile } from './ranking.js';
import { competitionRankOf } from './ties.js';

/** One indicator of a province against the year's provinces, ranked by its direction. */
export interface IndicatorGap {
  code: string;
  parent: string;
  nameVi: string;
  nameEn: string;
  direction: Direction;
  unit: string | null;
  value: number | null;
  /** Rank among the provinces with a value (1 = best by direction); null without a value or coverage. */
  rank: { rank: number; of: number; percentile: number } | null;
  median: number | null;
  /** Signed so that negative means worse than the median, whatever the direction. */
  gap: number | null;
  /** Best value by direction and the province codes holding it. */
  best: { value: number; provinces: string[] } | null;
}

/** The indicators of one component for one province, and where they come from. */
export interface ComponentIndicators {
  component: string;
  /** `indicators`: indicators.csv; `sub-components`: the component's sub-components in the year file. */
  source: 'indicators' | 'sub-components';
  /** Provinces of the year with a value for at least one of them. */
  provinces: number;
  indicators: IndicatorGap[];
}

/**
 * The level below the components of an index-year: indicators.csv where it has that year, else
 * the sub-components of the year file (PAPI's sub-dimensions), which are higher-better scores.
 */
export function indicatorLevel(
  data: Dataset,
  set: IndicatorSet,
  index: string,
  year: number,
): { level: IndicatorLevel; source: ComponentIndicators['source'] } | undefined {
  const own = set.level(index, year);
  if (own) return { level: own, source: 'indicators' };
  const period = periodFor(data.defs, index, year);
  const subs = period?.components.filter((c) => c.kind === 'sub' && c.parent) ?? [];
  const table = subs.length > 0 ? data.table(index, year) : undefined;
  if (!table) return undefined;
  const values = new Map<string, Record<string, number>>();
  for (const row of table.rows) {
    const own = Object.fromEntries(subs.filter((s) => row.values[s.code] !== undefined).map((s) => [s.code, row.values[s.code]!]));
    if (Object.keys(own).length > 0) values.set(row.province, own);
  }
  const indicators = subs.map((s) => ({
    index,
    year,
    code: s.code,
    parent: s.parent!,
    nameVi: s.nameVi,
    nameEn: s.nameEn,
    direction: 'higher-better' as const,
  }));
  return { level: { indicators, values }, source: 'sub-components' };
}

/** Gaps of every indicator of `component` for `province` among `units` (the year's provincial units). */
export function componentIndicatorGaps(
  level: IndicatorLevel,
  source: ComponentIndicators['source'],
  component: string,
  province: string,
  units: string[],
): ComponentIndicators {
  const defs = level.indicators.filter((i) => i.parent === component);
  const present = units.filter((u) => level.values.has(u));
  const indicators = defs.map((d): IndicatorGap => {
    const sign = d.direction === 'lower-better' ? -1 : 1;
    const items = present.flatMap((u) => {
      const v = level.values.get(u)![d.code];
      return v === undefined ? [] : [{ key: u, value: v }];
    });
    const value = level.values.get(province)?.[d.code] ?? null;
    const base = { code: d.code, parent: d.parent, nameVi: d.nameVi, nameEn: d.nameEn, direction: d.direction, unit: d.unit ?? null, value };
    if (!coverageSuffices(items.length, units.length)) return { ...base, rank: null, median: null, gap: null, best: null };
    // Ranking the signed values makes "lower is better" rank ascending with the same tie rule. Only
    // the province's own place is shown, so it is counted, not sorted for.
    const own = items.find((i) => i.key === province);
    const rank =
      own &&
      competitionRankOf(
        items.map((i) => sign * i.value),
        sign * own.value,
      );
    const mid = median(items.map((i) => i.value));
    const bestValue = sign > 0 ? Math.max(...items.map((i) => i.value)) : Math.min(...items.map((i) => i.value));
    return {
      ...base,
      rank: rank ? { rank, of: items.length, percentile: percentile(rank, items.length) } : null,
      median: mid,
      gap: value === null ? null : sign * (value - mid),
      best: {
        value: bestValue,
        provinces: items
          .filter((i) => i.value === bestValue)
          .map((i) => i.key)
          .sort(),
      },
    };
  });
  return { component, source, provinces: present.length, indicators };
}

/** The `n` weakest indicators: lowest percentile rank first, then the most negative gap. */
export function weakestIndicators(list: IndicatorGap[], n: number): IndicatorGap[] {
  return list
    .filter((g) => g.rank !== null)
    .sort((a, b) => a.rank!.percentile - b.rank!.percentile || (a.gap ?? 0) - (b.gap ?? 0) || a.code.localeCompare(b.code))
    .slice(0, n);
}
