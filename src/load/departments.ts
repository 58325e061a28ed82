import { say } from '../model/text.js';
import { join, resolve } from 'node:path';
import { checkDepartments } from '../check/check-departments.js';
import { DataError } from '../model/errors.js';
import { departmentRow, OPTIONAL_DEPARTMENT_COLUMNS, type DepartmentMapping } from '../model/departments.js';
import type { Issue } from '../model/types.js';
import { normalizeHeader } from './cells.js';
import { definitionPath } from './definitions.js';
import { displayPath } from './display-path.js';
import { throwFirstError } from '../check/issues.js';
import { type Definitions } from '../model/definitions.js';
import { readCsv } from './read-csv.js';
import { readRecords } from './records.js';

/** Name of the mapping file in a data folder (bundled: data/departments.csv). */
export const DEPARTMENTS_FILE = 'departments.csv';

/**
 * The mapping file to use: `--departments FILE`, else the data folder's own, else the bundled one
 * (`fallback`: written for the bundled definitions, not for this folder's).
 */
export function departmentsSource(dataDir: string, option: string | undefined): { path: string; fallback: boolean } {
  if (option !== undefined) return { path: option, fallback: false };
  const path = definitionPath(dataDir, DEPARTMENTS_FILE);
  return { path, fallback: resolve(path) !== resolve(join(dataDir, DEPARTMENTS_FILE)) };
}

/** Reads and checks the mapping a data folder uses, collecting every problem (for validate). */
export function openDepartments(dataDir: string, option: string | undefined, defs: Definitions): { mapping: DepartmentMapping; issues: Issue[] } {
  const { path, fallback } = departmentsSource(dataDir, option);
  const loaded = loadDepartments(path, defs, fallback);
  if (option !== undefined) for (const i of loaded.issues) if (i.check === 'unreadable') i.hint ??= say('kiểm tra --departments', 'check --departments');
  return loaded;
}

/**
 * Reads and checks one mapping file. With `fallback` (the bundled mapping lent to a data folder with
 * its own definitions), rows for indices or components the folder does not define are left out
 * rather than reported: the user did not write them.
 */
export function loadDepartments(path: string, defs: Definitions, fallback = false): { mapping: DepartmentMapping; issues: Issue[] } {
  const file = displayPath(path);
  const mapping: DepartmentMapping = { file, assignments: [], groups: [], columns: {} };
  let table;
  try {
    table = readCsv(path, file);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return {
      mapping,
      issues: [
        {
          severity: 'error',
          check: 'unreadable',
          file: e.location?.file ?? file,
          line: e.location?.line,
          column: e.location?.column,
          message: e.text,
          hint: e.hint,
        },
      ],
    };
  }
  table.header.forEach((h, i) => (mapping.columns[normalizeHeader(h)] ??= i + 1));
  const records = readRecords(table, departmentRow, OPTIONAL_DEPARTMENT_COLUMNS);
  mapping.assignments = records.rows.map((r) => ({
    index: r.index,
    component: r.component,
    lead: r.lead,
    coordinating: r.coordinating,
    from: r.effective_from,
    to: r.effective_to,
    basis: r.basis,
    source: r.source,
    note: r.note,
    groups: r.groups,
    line: r.line,
  }));
  mapping.groups = [...new Set(mapping.assignments.flatMap((a) => a.groups ?? []))];
  if (records.issues.some((i) => i.severity === 'error')) return { mapping, issues: records.issues };
  if (fallback) {
    const known = (index: string, code: string) =>
      defs.indices.get(index)?.compositeCode === code || defs.periods.some((p) => p.index === index && p.components.some((c) => c.code === code));
    mapping.assignments = mapping.assignments.filter((a) => known(a.index, a.component));
  }
  return { mapping, issues: [...records.issues, ...checkDepartments(mapping, defs)] };
}

/** The mapping for a report command, throwing its first error as a one-line DataError (warnings pass). */
export function requireDepartments(dataDir: string, option: string | undefined, defs: Definitions): DepartmentMapping {
  const { mapping, issues } = openDepartments(dataDir, option, defs);
  throwFirstError(issues);
  return mapping;
}
