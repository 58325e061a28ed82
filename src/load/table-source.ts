import type { YearTable } from '../model/types.js';
import { listTableFiles, loadTables, requireIndices, type TableFile } from './dataset.js';
import { throwFirstError } from '../check/issues.js';
import { type Definitions } from '../model/definitions.js';
import type { TableSource } from '../model/dataset.js';


/** A TableSource over a data folder; an unreadable table throws its first error as a DataError. */
export function tableSource(dataDir: string, defs: Definitions, indices: string[]): TableSource {
  requireIndices(defs, indices);
  const files = new Map<string, TableFile[]>();
  for (const f of listTableFiles(dataDir, defs, { indices }).files) files.set(f.index, [...(files.get(f.index) ?? []), f]);
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

