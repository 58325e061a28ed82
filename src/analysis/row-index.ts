import type { Observation } from '../model/types.js';

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
