import type { NaReason } from './na.js';

/**
 * The coverage rule, in one place: statistics over provinces (computed ranks, medians, best
 * practice) are drawn only when enough of the year's provinces have a value.
 */

/** Share of the year's provinces that must have a value before ranks are computed among them. */
export const MIN_COVERAGE = 0.5;

/** Whether `withValue` of `expected` provinces are enough to compute ranks among them. */
export function coverageSuffices(withValue: number, expected: number): boolean {
  return withValue > 0 && withValue >= MIN_COVERAGE * expected;
}

/** The reason a statistic over `of` provinces is not drawn when only `have` have a value. */
export function coverageReason(have: number, of: number): Extract<NaReason, { code: 'coverage' }> {
  return { code: 'coverage', have, of, minShare: MIN_COVERAGE };
}
