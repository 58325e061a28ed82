import type { DepartmentRef } from '../analysis/departments.js';
import type { Gap } from '../analysis/gaps.js';
import type { RankInfo } from '../analysis/ranking.js';
import { BASIS_LABELS } from '../i18n/basis.js';
import { COMMON } from '../i18n/common.js';
import { GAPS } from '../i18n/gaps.js';
import type { View } from '../i18n/view.js';
import { periodFor, type Definitions } from '../model/definitions.js';

/** The value-formatting kit of the views: numbers, signed numbers, shares, ranks and names, "không có" where a value is missing. */

/** A component's (or the composite's) name in the index's methodology of that year (else its latest name). */
export function measureName(defs: Definitions, index: string, year: number | undefined, code: string, view: View): string {
  const def = defs.indices.get(index);
  if (def && code === def.compositeCode) return view.pick(GAPS).composite(def.shortName);
  const c = (year === undefined ? undefined : periodFor(defs, index, year))?.components.find((x) => x.code === code) ?? latestComponent(defs, index, code);
  return c ? view.name(c) : code;
}

function latestComponent(defs: Definitions, index: string, code: string) {
  const periods = defs.periods.filter((p) => p.index === index).sort((a, b) => b.fromYear - a.fromYear);
  for (const p of periods) {
    const c = p.components.find((x) => x.code === code);
    if (c) return c;
  }
  return undefined;
}

/** A province's name in the view's language. */
export function provinceName(defs: Definitions, code: string, view: View): string {
  const p = defs.provinces.byCode.get(code);
  return p ? view.name(p) : code;
}

/** "27/63", or n/a. */
export function rankText(rank: RankInfo | null, view: View): string {
  return rank ? `${rank.rank}/${rank.of}` : view.pick(COMMON).notAvailable;
}

/** A number at the index's precision, or n/a. */
export function num(x: number | null, decimals: number, view: View): string {
  return x === null ? view.pick(COMMON).notAvailable : view.num(x, decimals);
}

/** A signed number ("−1,25"), or n/a. */
export function signed(x: number | null, decimals: number, view: View): string {
  return x === null ? view.pick(COMMON).notAvailable : view.delta(x, decimals);
}

/** A share as a signed percentage with one decimal ("−12,4%"), or n/a. */
export function share(x: number | null, view: View): string {
  return x === null ? view.pick(COMMON).notAvailable : `${view.delta(x * 100, 1)}%`;
}

/** The change since the previous year: "+0,52 (↑3 bậc)", with "*" across a methodology break. */
export function changeText(g: Pick<Gap, 'change'>, decimals: number, view: View): string {
  const t = view.pick(GAPS);
  const c = g.change;
  if (!c || c.delta === null) return view.pick(COMMON).notAvailable;
  const places = c.places !== null && c.places !== 0 ? ` (${t.places(c.places)})` : '';
  return `${view.delta(c.delta, decimals)}${places}${c.breaks.length > 0 ? ` ${t.breakMark}` : ''}`;
}

/** Lead department(s) with how the assignment is known: "Sở Tư pháp (xác minh ở tỉnh khác)". */
export function leadText(d: DepartmentRef | null, view: View): string {
  if (!d) return view.pick(GAPS).noDept;
  return `${d.lead.join('; ')} (${view.pick(BASIS_LABELS)[d.basis]})`;
}
