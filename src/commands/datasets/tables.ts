import type { DatasetsResult } from './result.js';
import type { View } from '../../i18n/view.js';
import type { Dataset } from '../../model/dataset.js';
import { sourcesOf, type DataTables } from '../../render/data-table.js';
import { columns } from '../../render/data-rows.js';

/** `chiso datasets` as data: one row per year file, counts as numbers. */
export function datasetsTables(result: DatasetsResult, data: Dataset, view: View): DataTables {
  return {
    tables: [
      {
        name: 'datasets',
        columns: columns(
          view,
          'index year:i file expected_provinces:i provinces:i with_composite:i with_computed_composite:i with_rank:i components_expected:i components_present:i complete_provinces:i methodology_period source',
        ),
        rows: result.entries.map((e) => [
          e.index,
          e.year,
          e.file,
          e.expectedProvinces,
          e.provinces,
          e.withComposite,
          e.withComputedComposite,
          e.withRank,
          e.components.expected,
          e.components.present.length,
          e.components.completeProvinces,
          e.methodologyPeriod,
          e.sources.join(' '),
        ]),
      },
    ],
    sources: sourcesOf(
      data,
      result.entries.map((e) => [e.index, e.year] as const),
    ),
  };
}
