import type { Period, YearTable } from '../model/types.js';
import { compositeOf } from './composite.js';
import { componentRanks, compositeRanks, type RankInfo, type RankSet } from './ranking.js';

/** What is ranked: an index's composite score, or one of its components. */
export type Measure = { kind: 'composite' } | { kind: 'component'; code: string };

/**
 * Why a province has no rank: it is not in the year's data (`no-data`), it has a row but no
 * value on the measure and no published rank (`no-score`), or too few provinces have a value for
 * ranks to be computed (`coverage`, see MIN_COVERAGE).
 */
export type NoRankReason = 'no-data' | 'no-score' | 'coverage';

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
  /** By province code; provinces without a row in the table are absent (see standingOf). */
  byProvince: Map<string, Standing>;
}

/** Ranks a year table on a measure once, giving every province with a row its standing. */
export function standingsOf(table: YearTable, period: Period, expected: number, measure: Measure): StandingTable {
  const set: RankSet = measure.kind === 'composite' ? compositeRanks(table, period, expected) : componentRanks(table, measure.code, expected);
  const byProvince = new Map<string, Standing>();
  for (const row of table.rows) {
    let score: number | undefined;
    let scoreOrigin: Standing['scoreOrigin'];
    if (measure.kind === 'composite') {
      const c = compositeOf(row, period);
      score = c?.value;
      scoreOrigin = c?.origin ?? null;
    } else {
      score = row.values[measure.code];
      scoreOrigin = score === undefined ? null : 'published';
    }
    const rank = set.ranks.get(row.province) ?? null;
    const noRank: NoRankReason | null = rank ? null : score === undefined ? 'no-score' : 'coverage';
    byProvince.set(row.province, { score: score ?? null, scoreOrigin, rank, noRank });
  }
  return { year: table.year, measure, expected, withScore: set.withValue, computable: set.computable, byProvince };
}

/** A province's standing in a table; `no-data` when the table has no row for it. */
export function standingOf(table: StandingTable | undefined, province: string): Standing {
  return table?.byProvince.get(province) ?? { score: null, scoreOrigin: null, rank: null, noRank: 'no-data' };
}

/** Whether a standing carries anything at all (a score or a rank). */
export function hasData(s: Standing): boolean {
  return s.score !== null || s.rank !== null;
}
