import type { Place } from '../analysis/place.js';
import type { View } from '../i18n/view.js';

/** "5/63". */
export function placeText(p: Place): string {
  return `${p.rank}/${p.of}`;
}

/** A percentile on the 0–100 scale the rank tables use. */
export function placePercentile(p: Place, view: View): string {
  return view.num(p.percentile * 100, 0);
}

/** "5/63 → 4/63". */
export function placeMove(before: Place, after: Place): string {
  return `${placeText(before)} → ${placeText(after)}`;
}
