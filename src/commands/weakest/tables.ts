import type { WeakestResult } from './result.js';
import type { View } from '../../i18n/view.js';
import type { Dataset } from '../../model/dataset.js';
import { sourcesOf, type DataTables } from '../../render/data-table.js';
import { benchmarkCode, columns, GAP_COLUMNS, gapCells, INDICATOR_COLUMNS, indicatorCells, PROVINCE_COLUMNS, provinceCells } from '../../render/data-rows.js';

/** `chiso weakest` as data: the weakest components in order (`weakest`), and the weakest indicators under them (`indicators`). */
export function weakestTables(result: WeakestResult, data: Dataset, view: View): DataTables {
  const { defs } = data;
  const bench = new Map(result.scopes.map((s) => [s.index, benchmarkCode(s.benchmark)]));
  const provinceOf = new Map(result.scopes.map((s) => [s.index, s.province]));
  return {
    tables: [
      {
        name: 'weakest',
        columns: columns(view, `position:i index year:i ${PROVINCE_COLUMNS} benchmark_kind ${GAP_COLUMNS}`),
        rows: result.rows.map((r) => [
          r.position,
          r.index,
          r.year,
          ...provinceCells(defs, r.province, view),
          bench.get(r.index) ?? null,
          ...gapCells(defs, r.index, r.year, r, view),
        ]),
      },
      {
        name: 'indicators',
        columns: columns(view, `index year:i ${PROVINCE_COLUMNS} component ${INDICATOR_COLUMNS}`),
        rows: result.indicators.flatMap((w) =>
          w.indicators.map((i) => {
            const p = provinceOf.get(w.index) ?? null;
            return [w.index, w.year, ...(p ? provinceCells(defs, p, view) : [null, null]), w.component, ...indicatorCells(i, view)];
          }),
        ),
      },
    ],
    sources: sourcesOf(
      data,
      result.scopes.flatMap((s) => (s.year === null ? [] : [[s.index, s.year] as const])),
    ),
  };
}
