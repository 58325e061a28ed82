import type { BenchmarkSpec } from '../../analysis/benchmark.js';
import type { DepartmentGap } from '../../analysis/index-gaps.js';
import type { NaReason } from '../../analysis/na.js';
import type { WeakestBy } from '../../analysis/weakest.js';
import type { WeakIndicators } from '../../analysis/weak-indicators.js';

/** What was looked at for one index, and how its components were ordered. */
export interface WeakestScope {
  index: string;
  year: number | null;
  province: string | null;
  previousYear: number | null;
  /** The benchmark with `province` as a code for this year. */
  benchmark: BenchmarkSpec | null;
  /** The order actually used (`score` when the requested one could be computed for no component). */
  by: WeakestBy;
  fellBack: boolean;
  /** Why `by` could not be used, when it fell back. */
  fallbackReason: NaReason | null;
  /** Components with a score that the order could not place. */
  unranked: { code: string; reason: NaReason | null }[];
  /** Why the index has no rows at all. */
  reason: NaReason | null;
}

/** One of the weakest components. */
export type WeakestRow = DepartmentGap & { index: string; year: number; province: string; position: number };

/** `chiso weakest --format json`. */
export interface WeakestResult {
  /** The ISO day whose department assignments are shown (`--as-of`); null = each data year's last day. */
  asOf: string | null;
  by: WeakestBy;
  n: number;
  pooled: boolean;
  minCoverage: number;
  departmentsFile: string;
  scopes: WeakestScope[];
  rows: WeakestRow[];
  /** Under each listed component, its weakest indicators where the year has them. */
  indicators: WeakIndicators[];
}
