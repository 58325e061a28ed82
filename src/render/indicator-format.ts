import type { IndicatorGap } from '../analysis/indicator-gaps.js';
import { COMMON } from '../i18n/common.js';
import { INDICATORS } from '../i18n/indicators.js';
import type { View } from '../i18n/view.js';

const isShare = (unit: string | null) => unit !== null && unit.startsWith('share');

/** An indicator value in its unit: shares (stored 0–1) as a percentage, other units with two decimals. */
export function indicatorValue(x: number | null, unit: string | null, view: View): string {
  if (x === null) return view.pick(COMMON).notAvailable;
  return isShare(unit) ? `${view.num(x * 100, 1)}%` : view.num(x, 2);
}

/** A signed indicator gap: percentage points for shares, the unit itself otherwise. */
export function indicatorGapText(x: number | null, unit: string | null, view: View): string {
  if (x === null) return view.pick(COMMON).notAvailable;
  return isShare(unit) ? view.delta(x * 100, 1) : view.delta(x, 2);
}

/** "5/63", or n/a. */
export function indicatorRank(g: IndicatorGap, view: View): string {
  return g.rank ? `${g.rank.rank}/${g.rank.of}` : view.pick(COMMON).notAvailable;
}

/** One line naming a weak indicator with its value, rank and gap. */
export function weakIndicatorLine(g: IndicatorGap, view: View): string {
  return view.pick(INDICATORS).weakItem(view.name(g), indicatorValue(g.value, g.unit, view), indicatorRank(g, view), indicatorGapText(g.gap, g.unit, view));
}
