import type { z } from 'zod';
import type { Issue } from '../model/types.js';
import { latin1Text, normalizeHeader } from './cells.js';
import type { CsvTable } from './parse-csv.js';
import { say } from '../model/text.js';
import { cellMessage } from '../model/cell-messages.js';
import { FAIL, type FastCell, type Row, type RowOf } from '../model/fast-cells.js';
import { loadZod } from './zod.js';

let viErrors: z.core.$ZodErrorMap | undefined;
/** zod's own Vietnamese messages (type, enum and size problems), for a second parse of a row that failed. */
const viErrorMap = () => (viErrors ??= loadZod().locales.vi().localeError as z.core.$ZodErrorMap);

/** Typed rows of a definition table, and the problems of the rows that did not fit the schema. */
export interface Records<T> {
  rows: (T & { line: number })[];
  issues: Issue[];
}

/**
 * Checks every row of a CSV table against a row schema keyed by (normalised) header names.
 * A missing column (other than an `optional` one, read as empty) is one issue on line 1; a bad cell is an issue at its line and column.
 */
export function readRecords<R extends Row>(table: CsvTable, schema: R, optional: readonly string[] = []): Records<RowOf<R>> {
  const header = table.header.map(normalizeHeader);
  const issues: Issue[] = [];
  const file = table.file;
  // A column added later (sources.title_vi) may be absent from older data folders: read as empty.
  const absent = optional.filter((k) => !header.includes(k));
  const missing = schema.keys.filter((k) => !header.includes(k) && !absent.includes(k));
  if (missing.length > 0) {
    issues.push({ severity: 'error', check: 'missing-column', file, line: 1, message: missingColumns(missing) });
    return { rows: [], issues };
  }
  const rows: (RowOf<R> & { line: number })[] = [];
  // A row whose every cell its plain reader accepts is built here, as zod would build it (the keys in
  // the schema's order); any other row goes through zod, which says what is wrong.
  const { keys, readers } = schema;
  // The column of each field, the last of a repeated name as in Object.fromEntries below; -1: absent (read as empty).
  const at = keys.map((k) => header.lastIndexOf(k));
  for (const { line, cells } of table.rows) {
    if (readers && readFast(keys, readers, at, cells, line, rows)) continue;
    const zod = schema.zod(loadZod());
    const raw = Object.fromEntries([...header.map((h, i) => [h, latin1Text(cells[i] ?? '')]), ...absent.map((k) => [k, ''])]);
    const parsed = zod.safeParse(raw);
    if (parsed.success) rows.push({ ...(parsed.data as RowOf<R>), line });
    else {
      // Our schemas' messages carry both languages (model/cell-messages.ts); zod's own are written
      // in English, so a row with one of those is parsed a second time in Vietnamese: same issues, same order.
      const zodVi = parsed.error.issues.every((i) => cellMessage(i)) ? [] : viIssues(zod, raw);
      parsed.error.issues.forEach((issue, k) => {
        const field = String(issue.path[0] ?? '');
        const own = cellMessage(issue);
        issues.push({
          severity: 'error',
          check: 'bad-value',
          file,
          line,
          column: header.indexOf(field) + 1 || undefined,
          message: say(`${field}: ${own?.vi ?? zodVi[k]?.message ?? issue.message}`, `${field}: ${own?.en ?? issue.message}`),
        });
      });
    }
  }
  return { rows, issues };
}

/** Reads a row with the plain readers into `rows`; false (nothing added) when one of them fails. */
function readFast(keys: string[], readers: FastCell[], at: number[], cells: string[], line: number, rows: unknown[]): boolean {
  const out: Record<string, unknown> = {};
  for (let j = 0; j < keys.length; j++) {
    const value = readers[j]!(at[j]! < 0 ? '' : latin1Text(cells[at[j]!] ?? ''));
    if (value === FAIL) return false;
    out[keys[j]!] = value;
  }
  out.line = line;
  rows.push(out);
  return true;
}

/** zod's issues for a row, in Vietnamese. */
function viIssues(schema: z.ZodObject, raw: Record<string, unknown>): z.core.$ZodIssue[] {
  const inVi = schema.safeParse(raw, { error: viErrorMap() });
  return inVi.success ? [] : inVi.error.issues;
}

/** "missing column(s) a, b" in both languages. */
export function missingColumns(names: string[]) {
  const list = names.join(', ');
  return say(`thiếu cột ${list}`, `missing column${names.length > 1 ? 's' : ''} ${list}`);
}
