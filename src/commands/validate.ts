import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compareLocations, DEFINITION_FILES, displayPath, loadDefinitions } from '../load/definitions.js';
import { listTableFiles, loadTables } from '../load/dataset.js';
import { openDepartments } from '../load/departments.js';
import type { Issue } from '../model/types.js';

export interface ValidateOptions {
  dataDir: string;
  /** Treat warnings as errors. */
  strict: boolean;
  /** A department mapping to check instead of the data folder's (or the bundled) departments.csv. */
  departments?: string;
}

/** Everything `chiso validate` found; `ok` is false when any error remains. */
export interface ValidateResult {
  dataDir: string;
  strict: boolean;
  filesChecked: number;
  errors: number;
  warnings: number;
  ok: boolean;
  issues: Issue[];
  notes: string[];
}

/** Checks every definition and year file of a data folder, collecting all problems rather than the first. */
export function runValidate(opts: ValidateOptions): ValidateResult {
  const { defs, issues } = loadDefinitions(opts.dataDir);
  const notes: string[] = [];
  let filesChecked = DEFINITION_FILES.length;
  if (!issues.some((i) => i.severity === 'error')) {
    const listed = listTableFiles(opts.dataDir, defs);
    const loaded = loadTables(defs, listed.files);
    issues.push(...listed.issues, ...loaded.issues, ...strayFolders(opts.dataDir, [...defs.indices.keys()]));
    notes.push(...loaded.notes);
    filesChecked += listed.files.length;
    // The department mapping is read against the definitions, so it is checked only when they load.
    issues.push(...openDepartments(opts.dataDir, opts.departments, defs).issues);
    filesChecked += 1;
  } else {
    notes.push('year files not checked: fix the definition files first');
  }
  const final = issues
    .map((i): Issue => (opts.strict && i.severity === 'warning' ? { ...i, severity: 'error' } : i))
    .sort(compareLocations);
  const errors = final.filter((i) => i.severity === 'error').length;
  return { dataDir: displayPath(opts.dataDir), strict: opts.strict, filesChecked, errors, warnings: final.length - errors, ok: errors === 0, issues: final, notes };
}

/** Folders of the data directory that are not an index in indices.csv (their files would be silently skipped). */
function strayFolders(dataDir: string, indices: string[]): Issue[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir)
    .filter((name) => !name.startsWith('.') && !indices.includes(name) && statSync(join(dataDir, name), { throwIfNoEntry: false })?.isDirectory() === true)
    .map((name) => ({ severity: 'warning', check: 'stray-folder', file: displayPath(join(dataDir, name)), message: 'ignored: not an index listed in indices.csv' }));
}
