import { mean, medianSorted } from 'simple-statistics';
import type { Observation, Province, YearTable } from '../model/types.js';
import { NATIONAL_ROWS } from '../model/province-series.js';
import { requireUnit } from './scope.js';
import { coverageReason, coverageSuffices } from './coverage.js';
import type { NaReason } from './na.js';
import { groupFloor, TOP_GROUP_MIN } from './groups.js';

/** What a score is compared with. `province` holds a name until the runner resolves it to a code for the year. */
export type BenchmarkSpec =
  { kind: 'median' | 'mean' | 'top-quartile' | 'best' | 'region' | 'national' } | { kind: 'province'; province: string } | { kind: 'rank'; rank: number };

/** A benchmark as asked for, with a `province:NAME` benchmark resolved to its units over time. */
export type BenchmarkRequest = Exclude<BenchmarkSpec, { kind: 'province' }> | { kind: 'province'; series: Province[] };

/** The benchmark of one year: a province benchmark becomes the code of its unit that year. */
export function benchmarkFor(req: BenchmarkRequest, year: number): BenchmarkSpec {
  return req.kind === 'province' ? { kind: 'province', province: requireUnit(req.series, year).code } : req;
}

/** One province's value on a measure. */
export interface Score {
  province: string;
  value: number;
}

/** Who may enter a benchmark in one year: every unit that existed (the coverage denominator), with its region. */
export interface BenchmarkContext {
  units: { code: string; region?: string }[];
  /** The province being compared (its region is the `region` benchmark's pool). */
  province: string;
  /** The measure on the year's national row (an aggregate such as "Cả nước"), when the data has one. */
  national?: Score;
}

/** A benchmark value, how many provinces it rests on, and why it is missing when it is. */
export interface BenchmarkValue {
  value: number | null;
  /** Provinces with a value in the pool the benchmark is drawn from. */
  n: number;
  /** Provinces in that pool that existed in the year (coverage denominator). */
  of: number;
  /** The province(s) the value belongs to, for best, rank:K and province:NAME. */
  provinces: string[];
  reason?: NaReason;
}

/**
 * The benchmark of one measure. Statistics over provinces (median, mean, top quartile, best,
 * region, rank:K) need at least MIN_COVERAGE of the pool's provinces to have a value — with 3 of
 * 63 a "median" says nothing about the country — otherwise the value is null with the reason.
 * A named province needs only its own value, the national benchmark only the year's national row.
 * Top quartile is the lowest score of the top quarter, the provinces with (N − rank)/N ≥ 0.75 —
 * PAPI's top percentile group, so that a province outside it never reads "gap 0".
 */
export function benchmarkValue(spec: BenchmarkSpec, scores: Score[], ctx: BenchmarkContext): BenchmarkValue {
  if (spec.kind === 'province') {
    const own = scores.find((s) => s.province === spec.province);
    return own
      ? { value: own.value, n: 1, of: 1, provinces: [spec.province] }
      : { value: null, n: 0, of: 1, provinces: [spec.province], reason: { code: 'benchmark-province-missing', province: spec.province } };
  }
  if (spec.kind === 'national') {
    const own = ctx.national;
    return own ? { value: own.value, n: 1, of: 1, provinces: [own.province] } : { value: null, n: 0, of: 0, provinces: [], reason: { code: 'no-national' } };
  }
  const { pool, of, reason } = scorePool(scores, ctx, spec.kind === 'region' ? 'region' : 'all');
  if (reason) return { value: null, n: 0, of, provinces: [], reason };
  const n = pool.length;
  if (!coverageSuffices(n, of)) return { value: null, n, of, provinces: [], reason: coverageReason(n, of) };
  const asc = pool.map((s) => s.value).sort((a, b) => a - b);
  const at = (value: number) =>
    pool
      .filter((s) => s.value === value)
      .map((s) => s.province)
      .sort();
  switch (spec.kind) {
    case 'median':
    case 'region':
      return { value: medianSorted(asc), n, of, provinces: [] };
    case 'mean':
      return { value: mean(asc), n, of, provinces: [] };
    case 'top-quartile':
      // Under 4 provinces no rank reaches the top quarter: the best is then the only top.
      return { value: groupFloor([...asc].reverse(), TOP_GROUP_MIN) ?? asc[n - 1]!, n, of, provinces: [] };
    case 'best':
      return { value: asc[n - 1]!, n, of, provinces: at(asc[n - 1]!) };
    case 'rank': {
      if (spec.rank > n) return { value: null, n, of, provinces: [], reason: { code: 'rank-beyond', rank: spec.rank, have: n } };
      const value = asc[n - spec.rank]!;
      return { value, n, of, provinces: at(value) };
    }
  }
}

/**
 * The scores a statistic over provinces is drawn from: every province's (`all`), or those of the
 * compared province's region; `of` is how many units of that pool existed in the year (the
 * coverage denominator). A province without a region has no regional pool (`reason`).
 */
export function scorePool(scores: Score[], ctx: BenchmarkContext, scope: 'all' | 'region'): { pool: Score[]; of: number; reason?: NaReason } {
  if (scope === 'all') return { pool: scores, of: ctx.units.length };
  const region = ctx.units.find((u) => u.code === ctx.province)?.region;
  if (region === undefined) return { pool: [], of: 0, reason: { code: 'no-region', province: ctx.province } };
  const members = new Set(ctx.units.filter((u) => u.region === region).map((u) => u.code));
  return { pool: scores.filter((s) => members.has(s.province)), of: members.size };
}

/** The measure on the year's national row (`vn`, else `vn-average`), if the table has one with a value. */
export function nationalScore(table: YearTable, value: (row: Observation) => number | undefined): Score | undefined {
  for (const code of NATIONAL_ROWS) {
    const row = table.aggregates.find((a) => a.province === code);
    const v = row ? value(row) : undefined;
    if (v !== undefined) return { province: code, value: v };
  }
  return undefined;
}
