import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkTable } from '../check/check-table.js';
import { UsageError } from '../model/errors.js';
import type { Issue, YearTable } from '../model/types.js';
import { displayPath } from './definitions.js';
import { periodFor, type Definitions } from '../model/definitions.js';
import { loadYearTable } from './year-table.js';
import { expectedUnits } from '../model/dataset.js';

/** A year file found in the data folder. */
export interface TableFile {
  index: string;
  year: number;
  path: string;
  label: string;
}

/** Which year tables to read; everything when empty. */
export interface TableFilter {
  indices?: string[];
  years?: (year: number) => boolean;
}

/** Year files `<index>/<year>.csv` of the data folder; other files in index folders are reported as warnings. */
export function listTableFiles(dataDir: string, defs: Definitions, filter: TableFilter = {}): { files: TableFile[]; issues: Issue[] } {
  const files: TableFile[] = [];
  const issues: Issue[] = [];
  for (const index of defs.indices.keys()) {
    if (filter.indices && !filter.indices.includes(index)) continue;
    const folder = join(dataDir, index);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const match = /^(\d{4})\.csv$/i.exec(name);
      if (!match) {
        issues.push({ severity: 'warning', check: 'stray-file', file: displayPath(path), message: 'ignored: year files are named <year>.csv' });
        continue;
      }
      const year = Number(match[1]);
      if (filter.years && !filter.years(year)) continue;
      files.push({ index, year, path, label: displayPath(path) });
    }
  }
  return { files, issues };
}

/** Reads and checks the given year files, collecting every issue and note. */
export function loadTables(defs: Definitions, files: TableFile[]): { tables: YearTable[]; issues: Issue[]; notes: string[] } {
  const tables: YearTable[] = [];
  const issues: Issue[] = [];
  const notes: string[] = [];
  const sourceIds = new Set(defs.sources.keys());
  const nameOf = (code: string) => defs.provinces.byCode.get(code)?.nameVi ?? code;
  for (const f of files) {
    const loaded = loadYearTable(f.path, f.label, f.index, f.year, defs);
    issues.push(...loaded.issues);
    const period = periodFor(defs, f.index, f.year);
    const index = defs.indices.get(f.index);
    // A file that could not be read at all gets no further checks: they would only echo the first problem.
    if (!period || !index || !loaded.readable) continue;
    const checked = checkTable(loaded.table, { index, period, expectedUnits: expectedUnits(defs, f.year), sourceIds, nameOf });
    // "No row names a known province" only echoes the row errors when there are some.
    const rowErrors = loaded.issues.some((i) => i.severity === 'error');
    issues.push(...checked.issues.filter((i) => !(rowErrors && i.check === 'no-province')));
    notes.push(...checked.notes);
    tables.push(loaded.table);
  }
  return { tables, issues, notes };
}

/** Throws a UsageError naming the first of `indices` the definitions do not have. */
export function requireIndices(defs: Definitions, indices: string[]): void {
  const unknown = indices.find((i) => !defs.indices.has(i));
  if (unknown) throw new UsageError(`unknown index "${unknown}"`, `known indices: ${[...defs.indices.keys()].join(', ')}`);
}
