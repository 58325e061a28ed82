import { readdirSync, statSync, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import { checkTable } from '../check/check-table.js';
import type { Issue, YearTable } from '../model/types.js';
import { displayPath } from './display-path.js';
import { periodFor, type Definitions } from '../model/definitions.js';
import { messageLine } from '../model/sanitize.js';
import { say, type Message } from '../model/text.js';
import { mapMessage } from '../check/issues.js';
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

/**
 * Year files `<index>/<year>.csv` of the data folder; other files in index folders, and anything
 * that is not a regular file (a FIFO would block the read forever), are reported as warnings and
 * skipped. Two files for one year (`2022.csv` and `2022.CSV`) are an error naming both: neither is read.
 */
export function listTableFiles(dataDir: string, defs: Definitions, filter: TableFilter = {}): { files: TableFile[]; issues: Issue[] } {
  const files: TableFile[] = [];
  const issues: Issue[] = [];
  const warn = (path: string, check: string, message: Message) => issues.push({ severity: 'warning', check, file: displayPath(path), message });
  for (const index of defs.indices.keys()) {
    if (filter.indices && !filter.indices.includes(index)) continue;
    const folder = join(dataDir, index);
    const kind = statOf(folder);
    if (kind === undefined) continue;
    if (!kind.isDirectory()) {
      warn(
        folder,
        'not-a-folder',
        say(`bỏ qua: các tệp của ${index} phải nằm trong thư mục cùng tên`, `ignored: the files of ${index} belong in a folder of that name`),
      );
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch (e) {
      issues.push({
        severity: 'error',
        check: 'unreadable',
        file: displayPath(folder),
        message: say(
          `không đọc được thư mục (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
          `cannot read folder (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
        ),
      });
      continue;
    }
    const byYear = new Map<number, TableFile>();
    for (const name of names) {
      const path = join(folder, name);
      const match = /^(\d{4})\.csv$/i.exec(name);
      if (!match) {
        warn(path, 'stray-file', say('bỏ qua: tệp số liệu năm có tên <năm>.csv', 'ignored: year files are named <year>.csv'));
        continue;
      }
      const year = Number(match[1]);
      if (filter.years && !filter.years(year)) continue;
      // A link to a regular file is fine; a file that cannot be stat-ed at all is left for the reader to report.
      const stat = statOf(path);
      if (stat && !stat.isFile()) {
        warn(
          path,
          'not-a-file',
          say('bỏ qua: không phải tệp thông thường (là thư mục, FIFO, socket hoặc thiết bị)', 'ignored: not a regular file (a folder, FIFO, socket or device)'),
        );
        continue;
      }
      const file = { index, year, path, label: displayPath(path) };
      const other = byYear.get(year);
      if (other) {
        issues.push({
          severity: 'error',
          check: 'duplicate-year',
          file: file.label,
          message: say(
            `hai tệp cho ${index} ${year}: ${basename(other.path)} và ${name}`,
            `two files for ${index} ${year}: ${basename(other.path)} and ${name}`,
          ),
          hint: say('giữ lại một tệp', 'keep one of them'),
        });
        files.splice(files.indexOf(other), 1);
        continue;
      }
      byYear.set(year, file);
      files.push(file);
    }
  }
  return { files, issues };
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Reads and checks the given year files, collecting every issue and note. With `keep: false` the
 * tables are checked and dropped (validate): only one table is in memory at a time.
 */
export function loadTables(
  defs: Definitions,
  files: TableFile[],
  { keep = true }: { keep?: boolean } = {},
): { tables: YearTable[]; issues: Issue[]; notes: Message[] } {
  const tables: YearTable[] = [];
  const issues: Issue[] = [];
  const notes: Message[] = [];
  const sourceIds = new Set(defs.sources.keys());
  const nameOf = (code: string) => defs.provinces.byCode.get(code)?.nameVi ?? code;
  for (const f of files) {
    const loaded = loadYearTable(f.path, f.label, f.index, f.year, defs);
    issues.push(...loaded.issues.map(bounded));
    const period = periodFor(defs, f.index, f.year);
    const index = defs.indices.get(f.index);
    // A file that could not be read at all gets no further checks: they would only echo the first problem.
    if (!period || !index || !loaded.readable) continue;
    const checked = checkTable(loaded.table, { index, period, expectedUnits: expectedUnits(defs, f.year), sourceIds, nameOf });
    // "No row names a known province" only echoes the row errors when there are some.
    const rowErrors = loaded.issues.some((i) => i.severity === 'error');
    issues.push(...checked.issues.filter((i) => !(rowErrors && i.check === 'no-province')).map(bounded));
    notes.push(...checked.notes);
    if (keep) tables.push(loaded.table);
  }
  return { tables, issues, notes };
}

/** An issue whose message and hint are one bounded line each, whatever the data it quotes. */
function bounded(issue: Issue): Issue {
  const line = (m: Message) => mapMessage(m, (text) => messageLine(text));
  return { ...issue, message: line(issue.message), ...(issue.hint === undefined ? {} : { hint: line(issue.hint) }) };
}
