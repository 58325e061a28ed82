import type { Dataset } from '../model/dataset.js';
import type { IndicatorSet } from '../model/indicators.js';
import { componentIndicatorGaps, indicatorLevel, weakestIndicators, type IndicatorGap } from './indicator-gaps.js';

/** Indicators named under each weak component (what a department can propose a concrete fix for). */
export const WEAK_INDICATORS = 3;

/** The weakest indicators under one component of one index-year. */
export interface WeakIndicators {
  index: string;
  year: number;
  component: string;
  source: 'indicators' | 'sub-components';
  /** The weakest first, at most WEAK_INDICATORS; only ranked indicators worse than the median. */
  indicators: IndicatorGap[];
}

/** The weakest indicators under each of `components` for `province`, where the year has indicators below them. */
export function weakIndicatorsOf(
  data: Dataset,
  set: IndicatorSet,
  index: string,
  year: number,
  province: string,
  components: string[],
  n = WEAK_INDICATORS,
): WeakIndicators[] {
  const found = indicatorLevel(data, set, index, year);
  if (!found) return [];
  const units = data.defs.provinces.unitsIn(year).map((p) => p.code);
  return components.flatMap((component) => {
    if (!found.level.indicators.some((i) => i.parent === component)) return [];
    const all = componentIndicatorGaps(found.level, found.source, component, province, units);
    // Only indicators worse than the median: a component's best-placed parts are not what to fix.
    const weakest = weakestIndicators(
      all.indicators.filter((g) => g.gap !== null && g.gap < 0),
      n,
    );
    return weakest.length > 0 ? [{ index, year, component, source: found.source, indicators: weakest }] : [];
  });
}
