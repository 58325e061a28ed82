import type { Definitions } from '../../model/definitions.js';
import { DataError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import { nameKey } from '../../model/provinces.js';
import type { Sheet } from './read-workbook.js';
import { mainComponents, put, untilBlank, type ImportedTable } from './sheet-table.js';

/** A PAPI yearly sheet: names, then each dimension followed by its sub-dimensions, then the total. */
export function papiSheet(sheet: Sheet, file: string, defs: Definitions, year: number): ImportedTable {
  const comps = mainComponents(defs, 'papi', year, file).filter((c) => c.kind !== 'alternate');
  const header = sheet.rows.findIndex((r) => r.some((c) => nameKey(String(c)) === 'tentinhvie'));
  if (header < 0)
    throw new DataError(say(`trang tính "${sheet.name}": không có tiêu đề "tentinh_vie"`, `sheet "${sheet.name}": no header "tentinh_vie"`), { file });
  const cells = sheet.rows[header]!.map(String);
  const prov = cells.findIndex((c) => nameKey(c) === 'tentinhvie');
  // The columns follow the owners' order, which is the order of components.csv for the year.
  const cols = comps.slice(0, Math.max(0, cells.length - prov - 1)).map((c, i) => ({ col: prov + 1 + i, header: cells[prov + 1 + i]!.trim(), code: c.code }));
  const table: ImportedTable = {
    index: 'papi',
    year,
    sheet: sheet.name,
    layout: 'papi-sheet',
    columns: cols.map(({ header: h, code }) => ({ header: h, code })),
    rows: new Map(),
    skipped: [],
    notes: [],
  };
  untilBlank(sheet.rows.slice(header + 1)).forEach((r, i) => {
    for (const c of cols) put(table, defs, String(r[prov] ?? '').trim(), c.code, r[c.col], { file, sheet: sheet.name, row: header + 2 + i });
  });
  return table;
}
