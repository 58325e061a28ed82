import { existsSync, statSync } from 'node:fs';
import { DataError } from '../../model/errors.js';
import type { DiffInput } from './run.js';

/** Opens one data folder for diff: every table of the scope (stopping at the first error), the mapping, and the definition files' paths. */
export async function openSide(dir: string, role: 'OLD' | 'NEW', indices: string[] | undefined, years: number[] | undefined): Promise<DiffInput> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DataError(`${role} data folder not found`, { file: dir }, 'chiso diff OLD NEW takes two data folders');
  const [{ openData }, { requireDepartments }, { definitionPath, displayPath }] = await Promise.all([
    import('../../load/open-data.js'),
    import('../../load/departments.js'),
    import('../../load/definitions.js'),
  ]);
  const data = openData(dir, { indices, years: years ? (y) => years.includes(y) : undefined, readAll: true });
  const mapping = requireDepartments(dir, undefined, data.defs);
  const file = (name: string) => displayPath(definitionPath(dir, name));
  return {
    label: displayPath(dir),
    data,
    side: {
      defs: data.defs,
      mapping,
      files: { index: file('indices.csv'), period: file('methodology.csv'), component: file('components.csv'), department: mapping.file, source: file('sources.csv') },
    },
  };
}
