import { throwFirstError } from '../check/issues.js';
import { workbookErrors } from '../check/check-shape.js';
import type { Dataset } from '../model/dataset.js';
import type { YearTable } from '../model/types.js';
import { listTableFiles, loadTables, type TableFilter, type TableFile } from './dataset.js';
import { requireIndices } from './require-indices.js';
import { requireDefinitions } from './definitions.js';

/** What a command reads: which indices and years, and whether to read (and check) them all up front. */
export interface DataNeed extends TableFilter {
  /**
   * Read every table of the filter at once and stop at the first error in validate's order
   * (commands that look at every year); otherwise a table is read when first asked for.
   */
  readAll?: boolean;
}

/** The one way commands open a data folder: definitions, then the year tables they need. */
export function openData(dataDir: string, need: DataNeed = {}): Dataset {
  const defs = requireDefinitions(dataDir);
  requireIndices(defs, need.indices ?? []);
  const files = new Map<string, TableFile[]>();
  const listed = listTableFiles(dataDir, defs, need);
  // Errors of the listing (two files for one year), and a workbook where a year file belongs (else read as a year without data).
  throwFirstError([...listed.issues.filter((i) => i.check !== 'workbook'), ...workbookErrors(listed.issues, need.years)]);
  for (const f of listed.files) files.set(f.index, [...(files.get(f.index) ?? []), f]);
  const cache = new Map<string, YearTable | undefined>();
  const key = (index: string, year: number) => `${index}/${year}`;
  if (need.readAll) {
    const { tables, issues } = loadTables(defs, [...files.values()].flat());
    throwFirstError(issues);
    for (const t of tables) cache.set(key(t.index, t.year), t);
  }
  const years = new Map<string, number[]>();
  return {
    dataDir,
    defs,
    years: (index) => {
      if (!years.has(index))
        years.set(
          index,
          (files.get(index) ?? []).map((f) => f.year).sort((a, b) => a - b),
        );
      return years.get(index)!;
    },
    table: (index, year) => {
      const k = key(index, year);
      if (!cache.has(k)) {
        const file = files.get(index)?.find((f) => f.year === year);
        const loaded = file ? loadTables(defs, [file]) : undefined;
        if (loaded) throwFirstError(loaded.issues);
        cache.set(k, loaded?.tables[0]);
      }
      return cache.get(k);
    },
  };
}
