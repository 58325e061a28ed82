import type { Observation, Period, YearTable } from '../model/types.js';
import { compositeOf } from './composite.js';
import { componentRanks, compositeRanks, type RankInfo, type RankSet } from './ranking.js';
import { RowMap } from './row-map.js';

/** What is ranked: an index's composite score, or one of its components. */
export type Measure = { kind: 'composite' } | { kind: 'component'; code: string };

/**
 * Why a province has no rank: it is not in the year's data (`no-data`), it has a row but no
 * value on the measure and no published rank (`no-score`), or too few provinces have a value for
 * ranks to be computed (`coverage`, see MIN_COVERAGE), or the row is an aggregate such as "Cả
 * nước", which is never ranked (`aggregate`).
 */
export type NoRankReason = 'no-data' | 'no-score' | 'coverage' | 'aggregate';

/** Where one province stands on one measure in one index-year. */
export interface Standing {
  /** The score, or null when the data has none (or none follows from the known rule). */
  score: number | null;
  /** Published by the owner, or computed from the components by the period's rule. */
  scoreOrigin: 'published' | 'computed' | null;
  rank: RankInfo | null;
  noRank: NoRankReason | null;
}

/** The standings of every province of one year table on one measure. */
export interface StandingTable {
  year: number;
  measure: Measure;
  /** Provincial units that existed in the year. */
  expected: number;
  /** Provinces with a value on the measure. */
  withScore: number;
  /** Whether ranks are computed where none is published (coverage at least MIN_COVERAGE). */
  computable: boolean;
  /** By province code, in row order; provinces without a row in the table are absent (see standingOf). */
  byProvince: ReadonlyMap<string, Standing>;
  /** The aggregate rows' scores by code, never ranked and never counted in `withScore`. */
  aggregates: Map<string, Standing>;
}

/** Ranks a year table on a measure once, giving every province with a row its standing. */
export function standingsOf(table: YearTable, period: Period, expected: number, measure: Measure): StandingTable {
  const set: RankSet = measure.kind === 'composite' ? compositeRanks(table, period, expected) : componentRanks(table, measure.code, expected);
  // Made when asked for: most callers want one province's standing in a table of many.
  const standing = (row: Observation): Standing => {
    const { score, scoreOrigin } = scoreOn(row, period, measure);
    const rank = set.ranks.get(row.province) ?? null;
    const noRank: NoRankReason | null = rank ? null : score === null ? 'no-score' : 'coverage';
    return { score, scoreOrigin, rank, noRank };
  };
  const byProvince = new RowMap(table.rows, standing);
  const aggregates = new Map(table.aggregates.map((row) => [row.province, { ...scoreOn(row, period, measure), rank: null, noRank: 'aggregate' as const }]));
  return { year: table.year, measure, expected, withScore: set.withValue, computable: set.computable, byProvince, aggregates };
}

/** A row's value on a measure and where it comes from. */
function scoreOn(row: Observation, period: Period, measure: Measure): Pick<Standing, 'score' | 'scoreOrigin'> {
  if (measure.kind === 'composite') {
    const c = compositeOf(row, period);
    return { score: c?.value ?? null, scoreOrigin: c?.origin ?? null };
  }
  const v = row.values[measure.code];
  return { score: v ?? null, scoreOrigin: v === undefined ? null : 'published' };
}

/** A province's (or an aggregate's) standing in a table; `no-data` when the table has no row for it. */
export function standingOf(table: StandingTable | undefined, province: string): Standing {
  return table?.byProvince.get(province) ?? table?.aggregates.get(province) ?? { score: null, scoreOrigin: null, rank: null, noRank: 'no-data' };
}

/** Whether a standing carries anything at all (a score or a rank). */
export function hasData(s: Standing): boolean {
  return s.score !== null || s.rank !== null;
}
