import { medianSorted } from 'simple-statistics';
import type { Dataset } from '../model/dataset.js';
import { periodFor } from '../model/definitions.js';
import { indicatorLevelOf, type Direction, type IndicatorDef, type IndicatorLevel, type IndicatorSet } from '../model/indicators.js';
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
  const rows = new Map<string, Float64Array>();
  for (const row of table.rows) {
    const own = new Float64Array(subs.length).fill(NaN);
    let any = false;
    for (let i = 0; i < subs.length; i++) {
      const v = row.values[subs[i]!.code];
      if (v === undefined) continue;
      own[i] = v;
      any = true;
    }
    if (any) rows.set(row.province, own);
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
  return { level: indicatorLevelOf(indicators, rows), source: 'sub-components' };
}

/** Gaps of every indicator of `component` for `province` among `units` (the year's provincial units). */
export function componentIndicatorGaps(
  level: IndicatorLevel,
  source: ComponentIndicators['source'],
  component: string,
  province: string,
  units: string[],
): ComponentIndicators {
  const width = level.indicators.length;
  const rowOf = new Map<string, number>();
  level.provinces.forEach((p, r) => rowOf.set(p, r * width));
  // The units with values: their codes and where their rows start in the matrix, in the order of `units`.
  const keys: string[] = [];
  const starts: number[] = [];
  for (const u of units) {
    const start = rowOf.get(u);
    if (start === undefined) continue;
    keys.push(u);
    starts.push(start);
  }
  const own = rowOf.get(province);
  const indicators: IndicatorGap[] = [];
  level.indicators.forEach((d, i) => {
    if (d.parent !== component) return;
    const value = own === undefined || Number.isNaN(level.values[own + i]) ? null : level.values[own + i]!;
    // Plain loops over the matrix column: this runs cold, once per indicator, where chains of
    // flatMap/find/spread cost more than the statistics.
    const values: number[] = [];
    const holders: string[] = [];
    let ranked = false;
    for (let k = 0; k < starts.length; k++) {
      const v = level.values[starts[k]! + i]!;
      if (Number.isNaN(v)) continue;
      values.push(v);
      holders.push(keys[k]!);
      ranked ||= keys[k] === province;
    }
    indicators.push(indicatorGap(d, value, ranked, values, holders, units.length));
  });
  return { component, source, provinces: keys.length, indicators };
}

/** One indicator's gap from the values of the units that have one (`holders`: their codes, in the same order). */
function indicatorGap(d: IndicatorDef, value: number | null, ranked: boolean, values: number[], holders: string[], units: number): IndicatorGap {
  const base = { code: d.code, parent: d.parent, nameVi: d.nameVi, nameEn: d.nameEn, direction: d.direction, unit: d.unit ?? null, value };
  if (!coverageSuffices(values.length, units)) return { ...base, rank: null, median: null, gap: null, best: null };
  const sign = d.direction === 'lower-better' ? -1 : 1;
  // Ranking the signed values makes "lower is better" rank ascending with the same tie rule. Only
  // the province's own place is shown, so it is counted, not sorted for.
  const rank =
    ranked && value !== null
      ? competitionRankOf(
          values.map((v) => sign * v),
          sign * value,
        )
      : null;
  // A typed array sorts numerically without a comparator called per pair: cold, this costs a third
  // of simple-statistics' median (a quickselect in JS), and gives the best value at either end.
  // (Made from the array and read by index, not iterated: cold, an iterator allocates per value.)
  const asc = new Float64Array(values).sort();
  const mid = medianSorted(asc as unknown as number[]); // simple-statistics reads a sorted list by index only
  const bestValue = sign > 0 ? asc[asc.length - 1]! : asc[0]!;
  return {
    ...base,
    rank: rank ? { rank, of: values.length, percentile: percentile(rank, values.length) } : null,
    median: mid,
    gap: value === null ? null : sign * (value - mid),
    best: { value: bestValue, provinces: holders.filter((_, k) => values[k] === bestValue).sort() },
  };
}

/** The `n` weakest indicators: lowest percentile rank first, then the most negative gap. */
export function weakestIndicators(list: IndicatorGap[], n: number): IndicatorGap[] {
  return list
    .filter((g) => g.rank !== null)
    .sort((a, b) => a.rank!.percentile - b.rank!.percentile || (a.gap ?? 0) - (b.gap ?? 0) || a.code.localeCompare(b.code))
    .slice(0, n);
}
