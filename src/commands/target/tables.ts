import type { TargetResult } from './result.js';
import type { View } from '../../i18n/view.js';
import type { Dataset } from '../../model/dataset.js';
import { num, sourcesOf, type DataTables, type DataValue } from '../../render/data-table.js';
import { columns, PROVINCE_COLUMNS, provinceCells } from '../../render/data-rows.js';

/**
 * `chiso target` as data: each component raised alone (`solo`), and the least-total-rise plan
 * (`plan`), one row per component; the current score and place and the threshold repeat on each row.
 */
export function targetTables(result: TargetResult, data: Dataset, view: View): DataTables {
  const head: DataValue[] = [
    result.index,
    result.year,
    ...provinceCells(data.defs, result.province, view),
    num(result.current?.score),
    result.current?.place.rank ?? null,
    result.current?.place.of ?? null,
    result.rank,
    num(result.threshold),
    num(result.needed),
  ];
  const lead = (d: { lead: string[] } | null) => (d ? d.lead.join('; ') : null);
  const base = `index year:i ${PROVINCE_COLUMNS} score:n rank:i rank_of:i target_rank:i threshold:n needed:n component`;
  return {
    tables: [
      {
        name: 'solo',
        columns: columns(view, `${base} current:n rise:n after:n max:n best:n points_per_unit:n within_max within_best lead_department`),
        rows: result.solo.map((s) =>
          [...head, s.code, s.current, s.rise, s.after, num(s.max), s.best, s.pointsPerUnit, s.withinMax, s.withinBest, lead(s.department)].map(text),
        ),
      },
      {
        name: 'plan',
        columns: columns(view, `${base} rise:n points:n after:n lead_department plan_feasible plan_score:n plan_rank:i plan_rank_of:i`),
        rows: (result.plan?.rises ?? []).map((r) => {
          const p = result.plan!;
          return [...head, r.code, r.rise, r.points, r.after, lead(r.department), p.feasible, p.reached.score, p.reached.place.rank, p.reached.place.of].map(
            text,
          );
        }),
      },
    ],
    sources: sourcesOf(data, [[result.index, result.year]]),
  };
}

/** Booleans as the words `true`/`false` (what spreadsheets and pandas read back as booleans). */
function text(v: DataValue | boolean): DataValue {
  return typeof v === 'boolean' ? String(v) : v;
}
