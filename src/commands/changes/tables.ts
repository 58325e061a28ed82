import type { ChangesResult } from './result.js';
import type { View } from '../../i18n/view.js';
import type { Dataset } from '../../model/dataset.js';
import { sourcesOf, type DataTable, type DataTables } from '../../render/data-table.js';
import { CHANGE_COLUMNS, changeCells, columns, prefixed, PROVINCE_COLUMNS, provinceCells, STANDING_COLUMNS, standingCells } from '../../render/data-rows.js';

const STANDINGS = `${prefixed(STANDING_COLUMNS, 'from_')} ${prefixed(STANDING_COLUMNS, 'to_')} ${CHANGE_COLUMNS}`;

/** `chiso changes` as data: each province in both years and its move (`changes`); with --province its components too (`components`). */
export function changesTables(result: ChangesResult, data: Dataset, view: View): DataTables {
  const head = [result.index, result.fromYear, result.toYear];
  const tables: DataTable[] = [
    {
      name: 'changes',
      columns: columns(view, `index from_year:i to_year:i ${PROVINCE_COLUMNS} ${STANDINGS}`),
      rows: result.entries.map((e) => [
        ...head,
        ...provinceCells(data.defs, e.province, view),
        ...standingCells(e.from),
        ...standingCells(e.to),
        ...changeCells(e.change),
      ]),
    },
  ];
  if (result.province) {
    const p = result.province;
    tables.push({
      name: 'components',
      columns: columns(view, `index from_year:i to_year:i ${PROVINCE_COLUMNS} component ${STANDINGS}`),
      rows: p.components.map((c) => [
        ...head,
        ...provinceCells(data.defs, p.toUnit, view),
        c.component,
        ...standingCells(c.from),
        ...standingCells(c.to),
        ...changeCells(c.change),
      ]),
    });
  }
  return {
    tables,
    sources: sourcesOf(data, [
      [result.index, result.fromYear],
      [result.index, result.toYear],
    ]),
  };
}
