import type { TrendIndex, TrendResult } from './result.js';
import type { View } from '../../i18n/view.js';
import type { Dataset } from '../../model/dataset.js';
import { sourcesOf, type DataTables, type DataValue } from '../../render/data-table.js';
import { CHANGE_COLUMNS, changeCells, columns, PROVINCE_COLUMNS, provinceCells, STANDING_COLUMNS, standingCells } from '../../render/data-rows.js';

/**
 * `chiso trend` as data: one row per index and year, the province's unit that year first; the
 * former provinces merged into it follow as rows of their own units (tell them apart by province_code).
 */
export function trendTables(result: TrendResult, data: Dataset, view: View): DataTables {
  const rows = (ix: TrendIndex): DataValue[][] =>
    ix.years.map((y) => [
      ix.index,
      y.year,
      ...provinceCells(data.defs, y.unit, view),
      ...standingCells(y),
      y.group?.code ?? null,
      y.noRank,
      ...changeCells(y.change),
    ]);
  const all = [...result.indices, ...result.predecessors.flatMap((p) => p.indices)];
  return {
    tables: [
      {
        name: 'trend',
        columns: columns(view, `index year:i ${PROVINCE_COLUMNS} ${STANDING_COLUMNS} group no_rank ${CHANGE_COLUMNS}`),
        rows: all.flatMap(rows),
      },
    ],
    sources: sourcesOf(
      data,
      all.flatMap((ix) => ix.years.map((y) => [ix.index, y.year] as const)),
    ),
  };
}
