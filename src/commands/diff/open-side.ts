import { existsSync, statSync } from 'node:fs';
import { DataError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import type { DiffInput } from './run.js';

/** Opens one data folder for diff: every table of the scope (stopping at the first error), the mapping, and the definition files' paths. */
export async function openSide(dir: string, role: 'OLD' | 'NEW', indices: string[] | undefined, years: number[] | undefined): Promise<DiffInput> {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new DataError(
      say(`không tìm thấy thư mục dữ liệu ${role === 'OLD' ? 'cũ (OLD)' : 'mới (NEW)'}`, `${role} data folder not found`),
      { file: dir },
      say('chiso diff OLD NEW nhận hai thư mục dữ liệu', 'chiso diff OLD NEW takes two data folders'),
    );
  const [{ openData }, { requireDepartments }, { definitionPath }, { displayPath }] = await Promise.all([
    import('../../load/open-data.js'),
    import('../../load/departments.js'),
    import('../../load/definitions.js'),
    import('../../load/display-path.js'),
  ]);
  const data = openData(dir, { indices, years: years ? (y) => years.includes(y) : undefined, readAll: true });
  const mapping = requireDepartments(dir, undefined, data.defs);
  const file = (name: string) => displayPath(definitionPath(dir, name));
  const { readCsv } = await import('../../load/read-csv.js');
  // Lines of the definition records, so that annotations point at the row (keys as run-defs builds them).
  const lines = (name: string, key: (cell: (h: string) => string) => string) => {
    const csv = readCsv(definitionPath(dir, name));
    const at = new Map(csv.header.map((h, i) => [h.trim().toLowerCase(), i]));
    return new Map(csv.rows.map((r) => [key((h) => (r.cells[at.get(h) ?? -1] ?? '').trim()), r.line]));
  };
  return {
    label: displayPath(dir),
    data,
    side: {
      defs: data.defs,
      mapping,
      files: {
        index: file('indices.csv'),
        period: file('methodology.csv'),
        component: file('components.csv'),
        department: mapping.file,
        source: file('sources.csv'),
      },
      lines: {
        index: lines('indices.csv', (c) => c('id')),
        period: lines('methodology.csv', (c) => `${c('index')} ${c('from_year')}-${c('to_year')}`),
        component: lines('components.csv', (c) => `${c('index')} ${c('period')} ${c('code')}`),
        source: lines('sources.csv', (c) => c('id')),
      },
    },
  };
}
