import { rowOf } from '../model/dataset.js';
import type { IndexDef, Observation, Period, YearTable } from '../model/types.js';
import type { MethodologyBreak } from './breaks.js';
import { rankChange, valueChange } from './change.js';
import type { NaFields } from './na.js';
import type { RankInfo, RankSet } from './ranking.js';
import { direction } from './round.js';

/** One index-year as the gap analysis sees it. */
export interface GapYear {
  table: YearTable;
  period: Period;
  /** Units that existed in the year with their regions: coverage denominators and region pools. */
  units: { code: string; region?: string }[];
  /** The province's code in this year. */
  province: string;
  /** Whether that code is an aggregate ("Cả nước"): never ranked, its missing scores the aggregate's (default: a province). */
  aggregate?: boolean;
}

/** How a measure moved since the previous year of the index. */
export interface GapChange {
  fromYear: number;
  from: number | null;
  delta: number | null;
  /** Direction of the score at the index's published precision. */
  trend: 'up' | 'down' | 'same' | null;
  rankFrom: RankInfo | null;
  /** Places climbed (positive) or lost. */
  places: number | null;
  /** Methodology changes in between: when non-empty, the two scores are not like for like. */
  breaks: MethodologyBreak[];
}

/**
 * How one measure of a province moved since the previous year of the index (null with the reason in
 * `na.change` when there is no previous year or value).
 */
export function measureChange(
  input: { index: IndexDef; periods: Period[]; current: GapYear; previous?: GapYear },
  score: number | null,
  rank: RankInfo | null,
  value: (row: Observation) => number | undefined,
  previousValue: ((row: Observation) => number | undefined) | undefined,
  previousRanks: RankSet | undefined,
  na: NaFields,
): GapChange | null {
  const { current, previous } = input;
  if (!previous) {
    na.change = { code: 'no-previous-year' };
    return null;
  }
  const prevRow = rowOf(previous.table, previous.province);
  const from = prevRow ? (previousValue ?? value)(prevRow) : undefined;
  const vc = valueChange(input.periods, input.index.id, previous.table.year, from, current.table.year, score ?? undefined);
  const rankFrom = previousRanks?.ranks.get(previous.province) ?? null;
  const rc = rankChange(rankFrom ?? undefined, rank ?? undefined);
  const delta = vc.delta ?? null;
  if (from === undefined) na.change = { code: 'no-previous-value', year: previous.table.year };
  else if (delta === null) na.change = na.score ?? { code: 'no-score' };
  return {
    fromYear: previous.table.year,
    from: from ?? null,
    delta,
    trend: delta === null ? null : direction(delta, input.index.precision),
    rankFrom,
    places: rc.places ?? null,
    breaks: vc.breaks,
  };
}
