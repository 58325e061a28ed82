import type { TargetsResult } from './result.js';
import type { View } from '../../i18n/view.js';
import type { Dataset } from '../../model/dataset.js';
import { sourcesOf, type DataTables } from '../../render/data-table.js';
import { columns } from '../../render/data-rows.js';

/** `chiso targets` as data: one row per target, actual against target (rank and rank_of apart for rank targets). */
export function targetsTables(result: TargetsResult, data: Dataset, view: View): DataTables {
  return {
    tables: [
      {
        name: 'targets',
        columns: columns(
          view,
          'line:i index measure year:i province_code province target_kind target:n value:n rank_of:i margin:n status reason department note',
        ),
        rows: result.checks.map((c) => [
          c.line,
          c.index,
          c.measure,
          c.year,
          c.province,
          c.provinceName,
          c.kind,
          c.target,
          c.actual,
          c.of,
          c.margin,
          c.status,
          c.reason,
          c.department,
          c.note,
        ]),
      },
    ],
    sources: sourcesOf(
      data,
      result.checks.map((c) => [c.index, c.year] as const),
    ),
  };
}
