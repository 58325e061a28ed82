import { english, say } from '../model/text.js';
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { DataError } from '../model/errors.js';
import type { Issue } from '../model/types.js';
import { normalizeHeader } from './cells.js';
import { displayPath } from './display-path.js';
import { readCsv } from './read-csv.js';

/** Name of the file in a data folder that acknowledges known warnings. */
export const BASELINE_FILE = 'validate-baseline.csv';

/** Issues split by the baseline: acknowledged warnings, the rest, and entries that no longer occur. */
export interface BaselineSplit {
  /** The baseline file as shown in messages; undefined when the folder has none. */
  file?: string;
  known: Issue[];
  fresh: Issue[];
}

/**
 * Splits the issues of a data folder by its `validate-baseline.csv` (columns file, check, message in
 * English whatever --lang, optional note; file relative to the data folder). Only warnings can be acknowledged: an error
 * stays an error. A baseline entry that matches nothing is reported as a `stale-baseline` warning.
 */
export function applyBaseline(dataDir: string, issues: Issue[]): BaselineSplit {
  const path = join(dataDir, BASELINE_FILE);
  if (!existsSync(path)) return { known: [], fresh: issues };
  const file = displayPath(path);
  let csv;
  try {
    csv = readCsv(path, file);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return {
      file,
      known: [],
      fresh: [
        ...issues,
        {
          severity: 'error',
          check: 'unreadable',
          file,
          line: e.location?.line,
          column: e.location?.column,
          message: e.text,
          hint: e.hint,
        },
      ],
    };
  }
  const col = (name: string) => csv.header.findIndex((h) => normalizeHeader(h) === name);
  const [f, c, m] = [col('file'), col('check'), col('message')];
  if (f < 0 || c < 0 || m < 0) {
    return {
      file,
      known: [],
      fresh: [
        ...issues,
        {
          severity: 'error',
          check: 'baseline',
          file,
          line: 1,
          message: say('tệp cảnh báo đã biết cần các cột file, check và message', 'baseline needs the columns file, check and message'),
        },
      ],
    };
  }
  const entries = new Map<string, number>();
  for (const row of csv.rows) entries.set(key(row.cells[f] ?? '', row.cells[c] ?? '', row.cells[m] ?? ''), row.line);
  const used = new Set<string>();
  const known: Issue[] = [];
  const fresh: Issue[] = [];
  for (const issue of issues) {
    // The English text is the key, so that one baseline serves every --lang.
    const k = key(relative(resolve(dataDir), resolve(issue.file)).split(sep).join('/'), issue.check, english(issue.message));
    if (issue.severity === 'warning' && entries.has(k)) {
      known.push(issue);
      used.add(k);
    } else fresh.push(issue);
  }
  for (const [k, line] of entries) {
    if (used.has(k)) continue;
    const [ef, ec, em] = k.split('\u0000');
    fresh.push({
      severity: 'warning',
      check: 'stale-baseline',
      file,
      line,
      message: say(`cảnh báo đã biết không còn xuất hiện: ${ef} [${ec}] ${em}`, `acknowledged warning no longer occurs: ${ef} [${ec}] ${em}`),
      hint: say('xoá dòng này khỏi tệp cảnh báo đã biết', 'remove the line from the baseline'),
    });
  }
  return { file, known, fresh };
}

function key(file: string, check: string, message: string): string {
  return [file.trim(), check.trim(), message.trim()].join('\u0000');
}
