import type { YearTable } from '../model/types.js';
import { findTable, listTableFiles, loadTables, requireIndices, yearsOf, type Dataset, type TableFile } from './dataset.js';
import { throwFirstError, type Definitions } from './definitions.js';

/** Year tables of some indices, read from disk on first use (a report needs two or three of them). */
export interface TableSource {
  years(index: string): number[];
  table(index: string, year: number): YearTable | undefined;
}

/** A TableSource over a data folder; an unreadable table throws its first error as a DataError. */
export function tableSource(dataDir: string, defs: Definitions, indices: string[]): TableSource {
  requireIndices(defs, indices);
  const files = new Map<string, TableFile[]>();
  const listed = listTableFiles(dataDir, defs, { indices });
  throwFirstError(listed.issues);
  for (const f of listed.files) files.set(f.index, [...(files.get(f.index) ?? []), f]);
  const cache = new Map<string, YearTable | undefined>();
  return {
    years: (index) => (files.get(index) ?? []).map((f) => f.year).sort((a, b) => a - b),
    table: (index, year) => {
      const key = `${index}/${year}`;
      if (!cache.has(key)) {
        const file = files.get(index)?.find((f) => f.year === year);
        if (!file) cache.set(key, undefined);
        else {
          const { tables, issues } = loadTables(defs, [file]);
          throwFirstError(issues);
          cache.set(key, tables[0]);
        }
      }
      return cache.get(key);
    },
  };
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
