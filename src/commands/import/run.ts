import type { Definitions } from '../../model/definitions.js';
import { UsageError } from '../../model/errors.js';
import { displayPath } from '../../load/definitions.js';
import { readWorkbook } from '../../load/import/read-workbook.js';
import { recognise, type ImportedTable } from '../../load/import/recognise.js';
import { tableCsv, tablePath, writeTables } from '../../load/import/write-tables.js';
import type { ImportResult } from './result.js';

/** What `chiso import` was asked to do. */
export interface ImportOptions {
  files: string[];
  dataDir: string;
  index?: string;
  year?: number;
  dryRun: boolean;
  force: boolean;
}

/** Reads the workbooks, recognises their layouts and writes one year file per index-year, all or none. */
export async function runImport(defs: Definitions, opts: ImportOptions): Promise<ImportResult> {
  const tables: { file: string; t: ImportedTable }[] = [];
  for (const path of opts.files) {
    const label = displayPath(path);
    for (const t of recognise(await readWorkbook(path, label), label, defs, opts)) tables.push({ file: label, t });
  }
  const files = tables.map(({ t }) => ({ path: tablePath(opts.dataDir, t), text: tableCsv(t, defs) }));
  const twice = files.find((f, i) => files.findIndex((g) => g.path === f.path) !== i);
  if (twice) throw new UsageError(`two sheets would both write ${displayPath(twice.path)}`, 'import them one at a time, or pass --year');
  if (!opts.dryRun) writeTables(files, opts.force);
  return {
    dryRun: opts.dryRun,
    written: !opts.dryRun,
    sheets: tables.map(({ file, t }, i) => ({
      file, sheet: t.sheet, layout: t.layout, index: t.index, year: t.year, target: displayPath(files[i]!.path),
      provinces: t.rows.size, columns: t.columns, skipped: t.skipped, notes: t.notes,
    })),
  };
}
