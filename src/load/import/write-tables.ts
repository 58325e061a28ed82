import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Definitions } from '../../model/definitions.js';
import { DataError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import type { ImportedTable } from './sheet-table.js';

/** Source id written into each imported row (ids of data/sources.csv): the workbooks these layouts come from. */
const sourceOf = (t: ImportedTable) => (t.index === 'papi' ? 'papi-dimensions-extract' : t.year <= 2016 ? 'vcci-pci-workbooks' : 'pci-2023-workbook');

/** The year file of an imported table as CSV text: province, then its columns in components.csv order, then source. */
export function tableCsv(t: ImportedTable, defs: Definitions): string {
  const codes = new Set(t.columns.map((c) => c.code));
  const period = defs.periods.find((p) => p.index === t.index && p.fromYear <= t.year && t.year <= p.toYear);
  const order = (period?.components ?? []).map((c) => c.code).filter((c) => codes.has(c));
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [['province', ...order, 'source'].join(',')];
  for (const [code, values] of t.rows) {
    const name = defs.provinces.byCode.get(code)?.nameVi ?? code;
    lines.push([quote(name), ...order.map((c) => (values[c] === undefined ? '' : String(values[c]))), sourceOf(t)].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Path of an imported table's year file in a data folder. */
export function tablePath(dataDir: string, t: ImportedTable): string {
  return join(dataDir, t.index, `${t.year}.csv`);
}

/**
 * Writes every file whole or none: all are written to temporary names first and renamed only when
 * all are written. An existing year file is refused unless `force` (files in `merged` were merged, not replaced).
 */
export function writeTables(files: { path: string; text: string }[], force: boolean, merged: ReadonlySet<string> = new Set()): void {
  const existing = files.filter((f) => existsSync(f.path) && !merged.has(f.path));
  if (existing.length > 0 && !force)
    throw new DataError(
      say(
        'tệp đã có: thêm --force để ghi đè, hoặc --dry-run để xem sẽ ghi gì',
        'exists: pass --force to overwrite it, or --dry-run to see what would be written',
      ),
      { file: existing[0]!.path },
    );
  const temps: string[] = [];
  try {
    for (const f of files) {
      mkdirSync(dirname(f.path), { recursive: true });
      const tmp = `${f.path}.import-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
      writeFileSync(tmp, f.text);
      temps.push(tmp);
    }
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw e;
  }
  files.forEach((f, i) => renameSync(temps[i]!, f.path));
}
