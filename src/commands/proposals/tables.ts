import type { ProposalsResult } from './result.js';
import type { View } from '../../i18n/view.js';
import type { Dataset } from '../../model/dataset.js';
import { num, rankValues, sourcesOf, type DataTables } from '../../render/data-table.js';
import { columns, INDICATOR_COLUMNS, indicatorCells, PROVINCE_COLUMNS, provinceCells } from '../../render/data-rows.js';
import { measureName } from '../../render/format.js';

/**
 * `chiso proposals` as data, long (tidy) tables with the department on every row, so that one
 * filter gives one department's sheet: `items` (the default: each component a department leads or
 * coordinates) and `indicators` (the weakest indicators under each item).
 */
export function proposalsTables(result: ProposalsResult, data: Dataset, view: View): DataTables {
  const { defs } = data;
  const unitOf = new Map(result.indices.map((i) => [i.index, i.province]));
  const place = (index: string) => {
    const unit = unitOf.get(index);
    return unit ? provinceCells(defs, unit, view) : [null, null];
  };
  const items = result.sheets.flatMap((s) =>
    s.items.map((i) => [
      s.department,
      i.role,
      i.index,
      i.year,
      ...place(i.index),
      i.component,
      i.kind === 'composite' ? (defs.indices.get(i.index)?.shortName ?? i.index) : measureName(defs, i.index, i.year, i.component, view),
      i.kind,
      num(i.score),
      ...rankValues(i.rank),
      num(i.rank?.percentile),
      num(i.median.value),
      num(i.gapToMedian),
      num(i.best.value),
      i.best.provinces.length > 0 ? i.best.provinces.join(' ') : null,
      num(i.gapToBest),
      i.change?.fromYear ?? null,
      num(i.change?.delta),
      num(i.change?.places),
      i.assignment.lead.join('; '),
      i.assignment.coordinating.length > 0 ? i.assignment.coordinating.join('; ') : null,
      i.assignment.basis,
    ]),
  );
  const indicators = result.sheets.flatMap((s) =>
    s.items.flatMap((i) => i.indicators.map((g) => [s.department, i.index, i.year, ...place(i.index), i.component, ...indicatorCells(g, view)])),
  );
  return {
    tables: [
      {
        name: 'items',
        columns: columns(
          view,
          `department role index year:i ${PROVINCE_COLUMNS} component component_name kind score:n rank:i rank_of:i percentile:n median:n gap_to_median:n best:n best_provinces gap_to_best:n previous_year:i score_change:n rank_change:i lead_department coordinating department_basis`,
        ),
        rows: items,
      },
      { name: 'indicators', columns: columns(view, `department index year:i ${PROVINCE_COLUMNS} component ${INDICATOR_COLUMNS}`), rows: indicators },
    ],
    sources: sourcesOf(
      data,
      result.indices
        .flatMap((i) => [
          [i.index, i.year],
          [i.index, i.previousYear],
        ])
        .filter((p): p is [string, number] => p[1] !== null),
    ),
  };
}
