import type { ReportResult } from './result.js';
import type { View } from '../../i18n/view.js';
import type { Dataset } from '../../model/dataset.js';
import { sourcesOf, type DataTables, type DataValue } from '../../render/data-table.js';
import {
  CHANGE_COLUMNS,
  changeCells,
  columns,
  GAP_COLUMNS,
  gapCells,
  INDICATOR_COLUMNS,
  indicatorCells,
  PROVINCE_COLUMNS,
  provinceCells,
  STANDING_COLUMNS,
  standingCells,
} from '../../render/data-rows.js';

/**
 * `chiso report` as data, four tables an analyst loads one at a time (`--table NAME` for CSV, one
 * sheet each in xlsx): `standings` (the default: one row per index, the composite in its latest
 * year), `history` (composite per index and year), `weakest` (the weakest components with their
 * departments) and `indicators` (the weakest indicators under them).
 */
export function reportTables(result: ReportResult, data: Dataset, view: View): DataTables {
  const { defs } = data;
  const place = (unit: string | null): DataValue[] => (unit ? provinceCells(defs, unit, view) : [null, null]);
  const history = result.indices.flatMap((ix) =>
    ix.history.map((y) => [ix.index, y.year, ...place(y.unit), ...standingCells(y), y.noRank, ...changeCells(y.change)]),
  );
  const weakest = result.indices.flatMap((ix) =>
    (ix.weakest?.rows ?? []).map((r) => [
      r.position,
      ix.index,
      ix.weakest!.year,
      ...place(ix.province),
      ...gapCells(defs, ix.index, ix.weakest!.year, r, view),
    ]),
  );
  const indicators = result.indices.flatMap((ix) =>
    (ix.weakest?.indicators ?? []).flatMap((w) => w.indicators.map((i) => [w.index, w.year, ...place(ix.province), w.component, ...indicatorCells(i, view)])),
  );
  return {
    tables: [
      {
        name: 'standings',
        columns: columns(view, `index year:i ${PROVINCE_COLUMNS} ${STANDING_COLUMNS} no_rank ${CHANGE_COLUMNS} reason lead_department`),
        rows: result.indices.map((ix) => [
          ix.index,
          ix.compositeYear,
          ...place(ix.province),
          ...standingCells(ix.standing),
          ix.standing?.noRank ?? null,
          ...changeCells(ix.standing?.change),
          ix.reason?.code ?? null,
          ix.focal ? ix.focal.lead.join('; ') : null,
        ]),
      },
      { name: 'history', columns: columns(view, `index year:i ${PROVINCE_COLUMNS} ${STANDING_COLUMNS} no_rank ${CHANGE_COLUMNS}`), rows: history },
      { name: 'weakest', columns: columns(view, `position:i index year:i ${PROVINCE_COLUMNS} ${GAP_COLUMNS}`), rows: weakest },
      { name: 'indicators', columns: columns(view, `index year:i ${PROVINCE_COLUMNS} component ${INDICATOR_COLUMNS}`), rows: indicators },
    ],
    sources: sourcesOf(
      data,
      result.indices.flatMap((ix) => ix.history.map((y) => [ix.index, y.year] as const)),
    ),
  };
}
