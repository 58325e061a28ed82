import type { Definitions } from './definitions.js';
import type { YearTable } from './types.js';

/** Definitions plus the year tables a command asked for. */
export interface Dataset {
  dataDir: string;
  defs: Definitions;
  tables: YearTable[];
}

/** Year tables of some indices, read from disk on first use (a report needs two or three of them). */
export interface TableSource {
  years(index: string): number[];
  table(index: string, year: number): YearTable | undefined;
}

/** Number of provincial units that existed in an index year (64 to 2008, 63 to 2024, 34 from 2025). */
export function expectedUnits(defs: Definitions, year: number): number {
  return defs.provinces.unitsIn(year).length;
}

/** The loaded table of an index-year, if the data folder has that file. */
export function findTable(data: Dataset, index: string, year: number): YearTable | undefined {
  return data.tables.find((t) => t.index === index && t.year === year);
}

/** Years with a loaded table for an index, ascending. */
export function yearsOf(data: Dataset, index: string): number[] {
  return data.tables.filter((t) => t.index === index).map((t) => t.year).sort((a, b) => a - b);
}

/** A TableSource over a dataset already opened (one read of the data folder for a whole report). */
export function datasetSource(data: Dataset): TableSource {
  const years = new Map<string, number[]>();
  return {
    years: (index) => {
      if (!years.has(index)) years.set(index, yearsOf(data, index));
      return years.get(index)!;
    },
    table: (index, year) => findTable(data, index, year),
  };
}
