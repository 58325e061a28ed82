import { tablesOf, type Dataset } from './dataset.js';
import type { IndicatorSet } from './indicators.js';
import type { YearTable } from './types.js';
import { decimalsOf, DERIVED_DECIMALS, MAX_DECIMALS } from './round-number.js';

export { MAX_DECIMALS } from './round-number.js';

/**
 * The decimals a command's JSON numbers are rounded to: the most decimals among the stored values
 * it read (the given index-years, else every table the data holds, plus their indicators), plus
 * DERIVED_DECIMALS, at most MAX_DECIMALS. A difference of two stored values then comes out exact
 * (63.07 − 63.56 = -0.49, not -0.4899999999999993), and no number has more digits than its data.
 */
export function outputDecimals(data: Dataset, pairs?: readonly (readonly [string, number | null])[], indicators?: IndicatorSet): number {
  const tables: YearTable[] = pairs ? pairs.flatMap(([index, year]) => (year === null ? [] : (data.table(index, year) ?? []))) : tablesOf(data);
  let d = 0;
  for (const t of tables) {
    for (const o of [...t.rows, ...t.aggregates]) {
      if (o.composite !== undefined) d = Math.max(d, decimalsOf(o.composite));
      for (const v of Object.values(o.values)) d = Math.max(d, decimalsOf(v));
    }
    for (const values of indicators?.level(t.index, t.year)?.values.values() ?? []) for (const v of Object.values(values)) d = Math.max(d, decimalsOf(v));
    if (d >= MAX_DECIMALS) break;
  }
  return Math.min(MAX_DECIMALS, d + DERIVED_DECIMALS);
}
