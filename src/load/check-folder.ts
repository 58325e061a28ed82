import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '../model/types.js';
import { listTableFiles, loadTables } from './dataset.js';
import { DEFINITION_FILES, displayPath, loadDefinitions } from './definitions.js';
import { openDepartments } from './departments.js';
import { INDICATOR_FILES, loadIndicators } from './indicators.js';

/** Every problem found in a data folder, with the notes of the checks and how many files were read. */
export interface FolderCheck {
  dataDir: string;
  filesChecked: number;
  issues: Issue[];
  notes: string[];
}

/** Reads every definition and year file of a data folder, collecting all problems rather than the first. */
export function checkFolder(dataDir: string, departments: string | undefined): FolderCheck {
  const { defs, issues } = loadDefinitions(dataDir);
  const notes: string[] = [];
  let filesChecked = DEFINITION_FILES.length;
  if (!issues.some((i) => i.severity === 'error')) {
    const listed = listTableFiles(dataDir, defs);
    const loaded = loadTables(defs, listed.files);
    issues.push(...listed.issues, ...loaded.issues, ...strayFolders(dataDir, [...defs.indices.keys()]), ...workbookHints(dataDir, [...defs.indices.keys()]));
    const indicators = loadIndicators(dataDir, defs);
    issues.push(...indicators.issues);
    if (indicators.set.file !== '') filesChecked += INDICATOR_FILES.filter((f) => existsSync(join(dataDir, f))).length;
    notes.push(...loaded.notes);
    filesChecked += listed.files.length;
    // The department mapping is read against the definitions, so it is checked only when they load.
    issues.push(...openDepartments(dataDir, departments, defs).issues);
    filesChecked += 1;
  } else {
    notes.push('year files not checked: fix the definition files first');
  }
  return { dataDir: displayPath(dataDir), filesChecked, issues, notes };
}

/** Folders of the data directory that are not an index in indices.csv (their files would be silently skipped). */
function strayFolders(dataDir: string, indices: string[]): Issue[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir)
    .filter((name) => !name.startsWith('.') && !indices.includes(name) && statSync(join(dataDir, name)).isDirectory())
    .map((name) => ({ severity: 'warning', check: 'stray-folder', file: displayPath(join(dataDir, name)), message: 'ignored: not an index listed in indices.csv' }));
}

/** Workbooks left in the data folder or its index folders: the loader reads CSV only, `chiso import` turns them into year files. */
function workbookHints(dataDir: string, indices: string[]): Issue[] {
  const folders = [dataDir, ...indices.map((i) => join(dataDir, i))].filter((f) => existsSync(f) && statSync(f).isDirectory());
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => /\.xlsx?$/i.test(name))
      .map((name): Issue => ({ severity: 'warning', check: 'workbook', file: displayPath(join(folder, name)), message: 'a workbook, not read by the loader', hint: `run: chiso import ${displayPath(join(folder, name))} --data ${displayPath(dataDir)}` })),
  );
}
