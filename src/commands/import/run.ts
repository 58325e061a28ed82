import type { Definitions } from '../../model/definitions.js';
import { UsageError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import { displayPath } from '../../load/display-path.js';
import { readWorkbook } from '../../load/import/read-workbook.js';
import { recognise } from '../../load/import/recognise.js';
import type { ImportedTable } from '../../load/import/sheet-table.js';
import { tableCsv, tablePath, writeTables } from '../../load/import/write-tables.js';
import type { ImportResult } from './result.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_DATA_DIR } from '../../load/paths.js';
import { requireIndicators } from '../../load/indicators.js';
import { indicatorSheets, mergeIndicatorValues, type ImportedIndicators } from '../../load/import/indicator-sheets.js';

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
  const indicators: { file: string; imp: ImportedIndicators }[] = [];
  // Indicator codes come from the data folder's indicators.csv, else the bundled one (copied along).
  const own = existsSync(join(opts.dataDir, 'indicators.csv'));
  const defsDir = own ? opts.dataDir : BUNDLED_DATA_DIR;
  for (const path of opts.files) {
    const label = displayPath(path);
    const sheets = await readWorkbook(path, label);
    const found = recognise(sheets, label, defs, opts);
    for (const t of found) tables.push({ file: label, t });
    for (const t of found.filter((x) => x.index === 'pci')) {
      const known = requireIndicators(defsDir, defs).level('pci', t.year)?.indicators ?? [];
      const imp = known.length > 0 ? indicatorSheets(sheets, label, defs, t.year, known) : undefined;
      if (imp) indicators.push({ file: label, imp });
    }
  }
  const files = tables.map(({ t }) => ({ path: tablePath(opts.dataDir, t), text: tableCsv(t, defs) }));
  if (indicators.length > 0) {
    const valuesPath = join(opts.dataDir, 'indicator-values.csv');
    let text = existsSync(valuesPath) ? readFileSync(valuesPath, 'utf8') : undefined;
    for (const { imp } of indicators) text = mergeIndicatorValues(text, imp, defs, opts.force, displayPath(valuesPath));
    files.push({ path: valuesPath, text: text! });
    if (!own) files.push({ path: join(opts.dataDir, 'indicators.csv'), text: readFileSync(join(BUNDLED_DATA_DIR, 'indicators.csv'), 'utf8') });
  }
  const twice = files.find((f, i) => files.findIndex((g) => g.path === f.path) !== i);
  if (twice)
    throw new UsageError(
      say(`hai trang tính cùng ghi vào ${displayPath(twice.path)}`, `two sheets would both write ${displayPath(twice.path)}`),
      say('nhập từng trang tính một, hoặc nêu --year', 'import them one at a time, or pass --year'),
    );
  // The long indicator file is merged, not replaced: its own --force check was done above.
  if (!opts.dryRun) writeTables(files, opts.force, new Set([join(opts.dataDir, 'indicator-values.csv')]));
  return {
    dryRun: opts.dryRun,
    written: !opts.dryRun,
    sheets: tables.map(({ file, t }, i) => ({
      file,
      sheet: t.sheet,
      layout: t.layout,
      index: t.index,
      year: t.year,
      target: displayPath(files[i]!.path),
      provinces: t.rows.size,
      columns: t.columns,
      skipped: t.skipped,
      notes: t.notes,
    })),
    indicators: indicators.map(({ file, imp }) => ({
      file,
      year: imp.year,
      sheets: imp.sheets,
      indicators: imp.columns.length,
      provinces: imp.rows.size,
      target: displayPath(join(opts.dataDir, 'indicator-values.csv')),
    })),
  };
}
