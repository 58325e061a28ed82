import type { MergerComparison } from '../../analysis/merger.js';
import type { RankedHistory } from '../../analysis/rank-history.js';

/** One index in the trend: how its ranks come about, and the province's years. */
export type TrendIndex = RankedHistory;

/** The `--format json` contract of `chiso trend`. */
export interface TrendResult {
  /** Codes of the provincial units the name denotes over time, oldest first (e.g. quang-tri, quang-tri-2025). */
  units: string[];
  /** True when the name is an aggregate ("Cả nước"): scores only, every rank null with noRank "aggregate". */
  aggregate: boolean;
  from: number | null;
  to: number | null;
  indices: TrendIndex[];
  /** The other former provinces merged into a unit of the series, each with its own series up to 2024. */
  predecessors: { unit: string; successor: string; indices: TrendIndex[] }[];
  /** Per index and merged unit: its first ranked year from 2025 against each member's last, by percentile. */
  mergers: MergerComparison[];
}
