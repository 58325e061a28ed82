import type { Observation } from '../model/types.js';
import { compareKeys } from './ties.js';

// Rows of a loaded table never change, so one index per row list serves every measure and year asked.
const indexes = new WeakMap<readonly Observation[], Map<string, number>>();

/** Position of each province's row in `rows` by code (the last row of a code, should a list repeat one). */
export function rowIndex(rows: readonly Observation[]): ReadonlyMap<string, number> {
  let index = indexes.get(rows);
  if (!index) {
    index = new Map();
    for (let i = 0; i < rows.length; i++) index.set(rows[i]!.province, i);
    indexes.set(rows, index);
  }
  return index;
}

const codeOrders = new WeakMap<readonly Observation[], Int32Array>();

/**
 * Each row's place when the rows are sorted by province code (code-unit order, as ties are
 * listed): ranking many measures of one table breaks ties by comparing two integers instead of
 * two strings (the string comparisons were a third of a ranking's time with 10⁵ provinces).
 */
export function codeOrder(rows: readonly Observation[]): Int32Array {
  let order = codeOrders.get(rows);
  if (!order) {
    const byCode = Array.from(rows.keys()).sort((a, b) => compareKeys(rows[a]!.province, rows[b]!.province));
    order = new Int32Array(rows.length);
    byCode.forEach((row, place) => (order![row] = place));
    codeOrders.set(rows, order);
  }
  return order;
}
