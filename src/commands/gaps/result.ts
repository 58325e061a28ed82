import type { IndexGaps } from '../../analysis/index-gaps.js';

/** `chiso gaps --format json`: one province, index and year against one benchmark. */
export type GapsResult = IndexGaps;
