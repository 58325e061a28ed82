import type { Definitions } from './definitions.js';
import type { Observation, YearTable } from './types.js';

/**
 * The data a command reads: the definitions, and the year tables of the indices it asked for
 * (read from disk on first use, or all at once when the opener was asked to).
 */
export interface Dataset {
  dataDir: string;
  defs: Definitions;
  /** Years with a table for an index, ascending. */
  years(index: string): number[];
  /** The table of an index-year, if the data folder has that file. */
  table(index: string, year: number): YearTable | undefined;
}

/** Number of provincial units that existed in an index year (64 to 2008, 63 to 2024, 34 from 2025). */
export function expectedUnits(defs: Definitions, year: number): number {
  return defs.provinces.unitsIn(year).length;
}

/** Every table of the given indices, index by index and year by year. */
export function tablesOf(data: Dataset, indices: Iterable<string> = data.defs.indices.keys()): YearTable[] {
  return [...indices].flatMap((index) => data.years(index).flatMap((year) => data.table(index, year) ?? []));
}

/** The row of a unit or an aggregate ("Cả nước") in a table; aggregates are kept apart from the ranked rows. */
export function rowOf(table: YearTable, code: string): Observation | undefined {
  return table.rows.find((r) => r.province === code) ?? table.aggregates.find((r) => r.province === code);
}
