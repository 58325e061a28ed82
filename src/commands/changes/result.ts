import type { MethodologyBreak } from '../../analysis/breaks.js';
import type { StandingChange } from '../../analysis/change.js';
import type { MergerComparison } from '../../analysis/merger.js';
import type { Standing } from '../../analysis/standing.js';
import type { RankKind } from '../../model/types.js';

/** One province (or one of its components) in two years, and how it moved. */
export interface ChangeEntry {
  province: string;
  from: Standing;
  to: Standing;
  change: StandingChange;
}

/** How many provinces had a score in a year, and whether that was enough to compute ranks. */
export interface Coverage {
  withScore: number;
  expected: number;
  computable: boolean;
}

/** One component of the chosen province in two years. */
export interface ComponentChange {
  component: string;
  from: Standing;
  to: Standing;
  change: StandingChange;
  coverage: { from: Coverage; to: Coverage };
}

/** The `--format json` contract of `chiso changes`. */
export interface ChangesResult {
  index: string;
  fromYear: number;
  toYear: number;
  rankKind: RankKind;
  /** Methodology changes between the two years (every entry then carries `methodology-break`). */
  breaks: MethodologyBreak[];
  /** Composite scores in each year (ranks are computed only where coverage suffices). */
  coverage: { from: Coverage; to: Coverage };
  /** Every province in either year, or only the chosen one; in the order of the `to` year's ranking. */
  entries: ChangeEntry[];
  /** Up to five provinces that climbed / fell most by percentile change (all provinces, even with --province). */
  risers: string[];
  fallers: string[];
  /** With --province: the units compared (they differ across a merger) and each component's change. */
  province: { fromUnit: string; toUnit: string; components: ComponentChange[] } | null;
  /**
   * Across the 2025 merger (from ≤ 2024 < to): each unit of the later year against its members in
   * the earlier one (an unchanged unit against itself), percentiles only; null otherwise.
   */
  byMembers: MergerComparison[] | null;
}
