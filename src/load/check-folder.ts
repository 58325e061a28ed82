import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { escalateListing } from '../check/check-shape.js';
import { quote } from '../model/sanitize.js';
import type { Issue } from '../model/types.js';
import { say, type Message } from '../model/text.js';
import { applyBaseline } from './baseline.js';
import { listTableFiles, loadTables } from './dataset.js';
import { DEFINITION_FILES, loadDefinitions } from './definitions.js';
import { displayPath } from './display-path.js';
import { openDepartments } from './departments.js';
import { INDICATOR_FILES, loadIndicators } from './indicators.js';

/** Every problem found in a data folder, with the notes of the checks and how many files were read. */
export interface FolderCheck {
  dataDir: string;
  filesChecked: number;
  /** Problems not acknowledged by the baseline (including stale baseline entries). */
  issues: Issue[];
  /** Warnings acknowledged in the data folder's validate-baseline.csv. */
  known: Issue[];
  baselineFile?: string;
  notes: Message[];
}

/** Reads every definition and year file of a data folder, collecting all problems rather than the first. */
export function checkFolder(dataDir: string, departments: string | undefined): FolderCheck {
  const shown = displayPath(dataDir);
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    const issue: Issue = {
      severity: 'error',
      check: 'no-data-folder',
      file: shown,
      message: say('không tìm thấy thư mục dữ liệu', 'data folder not found'),
      hint: say('kiểm tra --data hoặc CHISO_DATA', 'check --data or CHISO_DATA'),
    };
    return { dataDir: shown, filesChecked: 0, issues: [issue], known: [], notes: [] };
  }
  const { defs, issues } = loadDefinitions(dataDir);
  const notes: Message[] = [];
  let filesChecked = DEFINITION_FILES.length;
  if (!issues.some((i) => i.severity === 'error')) {
    const listed = listTableFiles(dataDir, defs);
    // Nothing below reads the tables again: they are dropped once checked, so memory stays one table's.
    const loaded = loadTables(defs, listed.files, { keep: false });
    issues.push(...escalateListing(listed.issues), ...loaded.issues, ...strayFolders(dataDir, [...defs.indices.keys()]), ...workbookHints(dataDir));
    if (listed.files.length === 0) {
      issues.push({
        severity: 'error',
        check: 'no-year-files',
        file: shown,
        message: say('thư mục dữ liệu không có tệp số liệu năm <index>/<năm>.csv', 'no year files <index>/<year>.csv in the data folder'),
        hint: say(`các thư mục chỉ số: ${[...defs.indices.keys()].join(', ')}`, `index folders: ${[...defs.indices.keys()].join(', ')}`),
      });
    }
    const indicators = loadIndicators(dataDir, defs);
    issues.push(...indicators.issues);
    if (indicators.set.file !== '') filesChecked += INDICATOR_FILES.filter((f) => existsSync(join(dataDir, f))).length;
    notes.push(...loaded.notes);
    filesChecked += listed.files.length;
    // The department mapping is read against the definitions, so it is checked only when they load.
    issues.push(...openDepartments(dataDir, departments, defs).issues);
    filesChecked += 1;
  } else {
    notes.push(say('chưa kiểm tra các tệp số liệu năm: hãy sửa các tệp định nghĩa trước', 'year files not checked: fix the definition files first'));
  }
  const split = applyBaseline(dataDir, issues);
  return { dataDir: shown, filesChecked, issues: split.fresh, known: split.known, baselineFile: split.file, notes };
}

/** Folders of the data directory that are not an index in indices.csv: an error, since their files would be skipped. */
function strayFolders(dataDir: string, indices: string[]): Issue[] {
  return readdirSync(dataDir)
    .filter((name) => !name.startsWith('.') && !indices.includes(name) && statSync(join(dataDir, name), { throwIfNoEntry: false })?.isDirectory() === true)
    .map((name) => ({
      severity: 'error',
      check: 'unknown-index',
      file: displayPath(join(dataDir, name)),
      message: say(`thư mục ${quote(name)} không ứng với chỉ số nào trong indices.csv`, `folder ${quote(name)} is not an index listed in indices.csv`),
      hint: say(`các chỉ số đã biết: ${indices.join(', ')}`, `known indices: ${indices.join(', ')}`),
    }));
}

/** Workbooks left in the data folder or its index folders: the loader reads CSV only, `chiso import` turns them into year files. */
function workbookHints(dataDir: string): Issue[] {
  // Workbooks inside an index folder are errors of the listing (check-shape); one beside them is only a reminder.
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) return [];
  return readdirSync(dataDir)
    .filter((name) => /\.(xlsx?|ods)$/i.test(name))
    .map((name): Issue => ({
      severity: 'warning',
      check: 'workbook',
      file: displayPath(join(dataDir, name)),
      message: say('tệp bảng tính (workbook): chiso không đọc tệp này', 'a workbook, not read by the loader'),
      hint: say(
        `chạy: chiso import ${displayPath(join(dataDir, name))} --data ${displayPath(dataDir)}`,
        `run: chiso import ${displayPath(join(dataDir, name))} --data ${displayPath(dataDir)}`,
      ),
    }));
}
