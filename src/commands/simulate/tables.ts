import type { SimulateResult } from './result.js';
import type { View } from '../../i18n/view.js';
import type { Dataset } from '../../model/dataset.js';
import type { Place } from '../../analysis/place.js';
import { num, rankValues, sourcesOf, type DataTables, type DataValue } from '../../render/data-table.js';
import { columns, PROVINCE_COLUMNS, provinceCells } from '../../render/data-rows.js';

const PLACES = 'rank:i rank_of:i after_rank:i after_rank_of:i';
const places = (before: Place | null, after: Place | null): DataValue[] => [...rankValues(before), ...rankValues(after)];

/** `chiso simulate` as data: each changed component, then the composite (component `composite`), before and after. */
export function simulateTables(result: SimulateResult, data: Dataset, view: View): DataTables {
  const head = [result.index, result.year, ...provinceCells(data.defs, result.province, view)];
  const rows: DataValue[][] = result.changes.map((c) => [
    ...head,
    c.code,
    c.before,
    c.after,
    c.delta,
    num(c.max),
    ...places(c.placeBefore, c.placeAfter),
    num(c.compositePoints),
    c.department ? c.department.lead.join('; ') : null,
  ]);
  const k = result.composite;
  if (k) rows.push([...head, 'composite', k.before, k.after, k.delta, null, ...places(k.placeBefore, k.placeAfter), k.delta, null]);
  return {
    tables: [
      {
        name: 'simulate',
        columns: columns(view, `index year:i ${PROVINCE_COLUMNS} component before:n after:n change:n max:n ${PLACES} points_per_unit:n lead_department`),
        rows,
      },
    ],
    sources: sourcesOf(data, [[result.index, result.year]]),
  };
}
