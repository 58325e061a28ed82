import type { DepartmentsResult } from './result.js';
import type { View } from '../../i18n/view.js';
import type { Dataset } from '../../model/dataset.js';
import { num, rankValues, sourcesOf, type DataTables } from '../../render/data-table.js';
import { columns } from '../../render/data-rows.js';

/** `chiso departments` as data: one row per assignment, with the province's standing on the component when one was asked for. */
export function departmentsTables(result: DepartmentsResult, data: Dataset, view: View): DataTables {
  return {
    tables: [
      {
        name: 'departments',
        columns: columns(
          view,
          'index component lead_department coordinating role effective_from effective_to department_basis source note line:i year:i province_code score:n rank:i rank_of:i benchmark:n gap:n',
        ),
        rows: result.rows.map((r) => [
          r.index,
          r.component,
          r.lead.join('; '),
          r.coordinating.length > 0 ? r.coordinating.join('; ') : null,
          r.role,
          r.from,
          r.to,
          r.basis,
          r.source,
          r.note,
          r.line,
          r.year,
          r.standing ? result.province : null,
          num(r.standing?.score),
          ...rankValues(r.standing?.rank),
          num(r.standing?.benchmark.value),
          num(r.standing?.gap),
        ]),
      },
    ],
    // Each assignment cites its own source (the `source` column); these are the sources of the index data behind the standings.
    sources: sourcesOf(
      data,
      result.rows.flatMap((r) => (r.year === null || r.standing === null ? [] : [[r.index, r.year] as const])),
    ),
  };
}
