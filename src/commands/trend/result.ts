import type { RankedHistory } from '../../analysis/rank-history.js';

/** One index in the trend: how its ranks come about, and the province's years. */
export type TrendIndex = RankedHistory;

/** The `--format json` contract of `chiso trend`. */
export interface TrendResult {
  /** Codes of the provincial units the name denotes over time, oldest first (e.g. quang-tri, quang-tri-2025). */
  units: string[];
  from: number | null;
  to: number | null;
  indices: TrendIndex[];
}
