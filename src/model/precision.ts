import { tablesOf, type Dataset } from './dataset.js';
import type { IndicatorSet } from './indicators.js';
import type { YearTable } from './types.js';
import { decimalsOf, DERIVED_DECIMALS, MAX_DECIMALS, roundTo } from './round-number.js';

export { MAX_DECIMALS } from './round-number.js';

/**
 * The decimals a command's JSON numbers are rounded to: the most decimals among the stored values
 * it read (the given index-years, else every table the data holds, plus their indicators), plus
 * DERIVED_DECIMALS, at most MAX_DECIMALS. A difference of two stored values then comes out exact
 * (63.07 − 63.56 = -0.49, not -0.4899999999999993), and no number has more digits than its data.
 */
export function outputDecimals(data: Dataset, pairs?: readonly (readonly [string, number | null])[], indicators?: IndicatorSet): number {
  // Each table once: callers pass one pair per output row (departments: one per component), most naming the same table.
  const tables: YearTable[] = pairs ? [...new Set(pairs.flatMap(([index, year]) => (year === null ? [] : (data.table(index, year) ?? []))))] : tablesOf(data);
  let d = 0;
  // A value that d decimals already write exactly cannot raise d (see fitsIn): only the few others
  // are turned into text, which is what made this a second pass over every value as costly as reading them.
  const see = (v: number) => {
    if (!fitsIn(v, d)) d = Math.max(d, decimalsOf(v));
  };
  for (const t of tables) {
    for (const rows of [t.rows, t.aggregates]) {
      for (const o of rows) {
        if (o.composite !== undefined) see(o.composite);
        for (const code in o.values) see(o.values[code]!);
      }
    }
    for (const v of indicators?.level(t.index, t.year)?.values ?? []) if (!Number.isNaN(v)) see(v);
    if (d >= MAX_DECIMALS) break;
  }
  return Math.min(MAX_DECIMALS, d + DERIVED_DECIMALS);
}

/**
 * Whether `v` is the double nearest to a decimal of at most `d` decimals (rounding to d decimals
 * gives it back), so that its shortest text, which decimalsOf counts, has at most d decimals.
 */
function fitsIn(v: number, d: number): boolean {
  return roundTo(v, d) === v;
}
