// A year table in the data cache (data-cache.ts): two parts, the table and its rows' values. Most
// of a table's bytes are its values and its rows' source lists, and a call reads few of them: the
// report ranks years by their composites and reads the components of two or three years. The rows
// keep their keys in their order: a field stored differently holds a stand-in in its place.
import type { Observation, YearTable } from '../model/types.js';

/** A row as stored: its values left out (0), its source list as a number, its component ranks 0 when it has none. */
type StoredRow = Omit<Observation, 'values' | 'sources' | 'componentRanks'> & {
  values: 0;
  sources: number;
  componentRanks: Observation['componentRanks'] | 0;
};

/** A year table as stored: its rows, and the distinct source lists they name (the loader shares one list per cell text too). */
export type StoredTable = Omit<YearTable, 'rows'> & { rows: StoredRow[]; sourceLists: string[][] };

/** A table as its two parts: the table, and the rows' values in row order. */
export function splitTable(table: YearTable): [StoredTable, Observation['values'][]] {
  const sourceLists: string[][] = [];
  const listOf = new Map<string, number>();
  const rows = table.rows.map((r): StoredRow => {
    const key = JSON.stringify(r.sources);
    let list = listOf.get(key);
    if (list === undefined) listOf.set(key, (list = sourceLists.push(r.sources) - 1));
    return { ...r, values: 0, sources: list, componentRanks: Object.keys(r.componentRanks).length === 0 ? 0 : r.componentRanks };
  });
  return [{ ...table, rows, sourceLists }, table.rows.map((r) => r.values)];
}

/** The table of `splitTable` put back (in place), its rows' values loaded by `values` when one is first read. */
export function joinTable(stored: StoredTable, values: () => Observation['values'][]): YearTable {
  const { sourceLists, ...table } = stored;
  const none = Object.freeze({}); // the loader's own for a table without component ranks: never written
  for (const row of table.rows as unknown as Observation[]) {
    row.sources = sourceLists[row.sources as unknown as number]!;
    if ((row.componentRanks as unknown) === 0) row.componentRanks = none;
  }
  lazyValues(table.rows as unknown as Observation[], values);
  return table as unknown as YearTable;
}

/**
 * Gives rows their values back when one is first read (or written): `load` gives them all, in row
 * order, and every row's `values` is then a plain property again.
 */
function lazyValues(rows: Observation[], load: () => Observation['values'][]): void {
  const put = () => {
    const values = load();
    rows.forEach((row, i) => Object.defineProperty(row, 'values', { value: values[i], writable: true, enumerable: true, configurable: true }));
  };
  // One descriptor for every row: a table's rows are many, and few tables' values are ever read.
  const lazy = {
    get(this: Observation) {
      put();
      return this.values;
    },
    set(this: Observation, v: Observation['values']) {
      put();
      this.values = v;
    },
    enumerable: true,
    configurable: true,
  };
  for (const row of rows) Object.defineProperty(row, 'values', lazy);
}
