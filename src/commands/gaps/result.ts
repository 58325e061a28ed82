import type { Fragility } from '../../analysis/fragility.js';
import type { IndexGaps } from '../../analysis/index-gaps.js';

/** `chiso gaps --format json`: one province, index and year against one benchmark, and how fragile its composite place is. */
export type GapsResult = IndexGaps & {
  fragility: Fragility | null;
  /** True for an aggregate ("Cả nước"): scores and gaps only, every rank null with na.rank "aggregate". */
  aggregate: boolean;
};
