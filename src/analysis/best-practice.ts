import { scorePool, type BenchmarkContext, type Score } from './benchmark.js';
import type { NaReason } from './na.js';
import { competitionRanks } from './ties.js';
import { coverageReason, coverageSuffices } from './coverage.js';

/** One of the best scorers on a measure, with its place in the pool it was drawn from. */
export interface TopScorer {
  province: string;
  score: number;
  /** Place within the pool (national, or the region), equal scores sharing the best place. */
  place: number;
}

/** The best-practice provinces on one measure, nationally or in the compared province's region. */
export interface TopList {
  scope: 'national' | 'region';
  /** Region code for a regional list (null nationally, or when the province has no region). */
  region: string | null;
  /** Provinces in the pool with a value, out of the units of the pool that existed that year. */
  n: number;
  of: number;
  /** Best first; provinces tied at the last place shown are all kept. Empty when `reason` is set. */
  provinces: TopScorer[];
  reason: NaReason | null;
}

/**
 * The `k` best scorers on a measure (higher is better), nationally or in the province's region.
 * Like every statistic over provinces it needs MIN_COVERAGE of the pool's units to have a value:
 * "best of 3 of 63" would name whoever happens to be in the data, not who does best.
 */
export function topScorers(scores: Score[], ctx: BenchmarkContext, scope: TopList['scope'], k: number): TopList {
  const { pool, of, reason } = scorePool(scores, ctx, scope === 'region' ? 'region' : 'all');
  const region = scope === 'region' ? (ctx.units.find((u) => u.code === ctx.province)?.region ?? null) : null;
  const base = { scope, region, n: pool.length, of, provinces: [] as TopScorer[] };
  if (reason) return { ...base, reason };
  if (!coverageSuffices(pool.length, of)) return { ...base, reason: coverageReason(pool.length, of) };
  const places = competitionRanks(pool.map((s) => ({ key: s.province, value: s.value })));
  const provinces = pool
    .map((s) => ({ province: s.province, score: s.value, place: places.get(s.province)!.rank }))
    .filter((s) => s.place <= k)
    .sort((a, b) => a.place - b.place || (a.province < b.province ? -1 : a.province > b.province ? 1 : 0));
  return { ...base, provinces, reason: null };
}
