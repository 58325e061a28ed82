import type { RanksResult } from './result.js';
import type { View } from '../../i18n/view.js';
import type { Dataset } from '../../model/dataset.js';
import { sourcesOf, type DataTables } from '../../render/data-table.js';
import { columns, PROVINCE_COLUMNS, provinceCells, STANDING_COLUMNS, standingCells } from '../../render/data-rows.js';

/** The league table of `chiso ranks` as data: one row per province, rank and rank_of as two numbers. */
export function ranksTables(result: RanksResult, data: Dataset, view: View): DataTables {
  const { defs } = data;
  const measure = result.component ?? defs.indices.get(result.index)?.compositeCode ?? result.index;
  const rows = result.entries.map((e) => [
    result.index,
    result.year,
    measure,
    ...provinceCells(defs, e.province, view),
    e.region,
    ...standingCells(e),
    e.group?.code ?? null,
    e.noRank,
  ]);
  return {
    tables: [{ name: 'ranks', columns: columns(view, `index year:i measure ${PROVINCE_COLUMNS} region ${STANDING_COLUMNS} group no_rank`), rows }],
    sources: sourcesOf(data, [[result.index, result.year]]),
  };
}
