import { AS_OF, dayText } from '../../i18n/as-of.js';
import { formatSpan } from '../../analysis/departments.js';
import type { DepartmentsResult } from './result.js';
import { COMMON } from '../../i18n/common.js';
import { DEPARTMENTS } from './labels.js';
import { BASIS_LABELS } from '../../i18n/basis.js';
import { GAPS } from '../../i18n/gaps.js';
import { naText } from '../../i18n/reasons.js';
import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import type { Block, Cell, Column, Doc } from '../../render/doc.js';
import { measureName, num, provinceName, rankText, signed } from '../../render/format.js';
import { benchmarkShort, naNotes } from '../../render/gap-notes.js';

/** The mapping (or one department's part of it) as a table, sources as numbered notes below it. */
export function departmentsDoc(result: DepartmentsResult, defs: Definitions, view: View): Doc {
  const t = view.pick(DEPARTMENTS);
  const g = view.pick(GAPS);
  const c = view.pick(COMMON);
  const basis = view.pick(BASIS_LABELS);
  const indexName = (id: string) => defs.indices.get(id)?.shortName ?? id;
  const title = result.department ? t.titleOf(result.department) : result.year !== null ? t.titleYear(result.year) : t.title;
  const doc: Block[] = [{ kind: 'heading', level: 1, text: title }];
  if (result.asOf !== null) doc.push({ kind: 'paragraph', text: view.pick(AS_OF).assigned(dayText(result.asOf, view.lang)) });
  if (result.province !== null) {
    const years = [...new Set(result.rows.map((r) => r.year).filter((y) => y !== null))];
    doc.push({ kind: 'paragraph', text: `${t.standing(provinceName(defs, result.province, view), years.length === 1 ? years[0]! : undefined)}.` });
  }
  if (result.rows.length === 0) {
    const none = result.department ? t.noneFor(result.department, result.asOf !== null ? dayText(result.asOf, view.lang) : (result.year ?? undefined)) : t.none;
    doc.push({ kind: 'paragraph', text: result.successors.length > 0 ? `${none} ${t.successors(result.successors.join('; '))}` : none });
    doc.push({ kind: 'paragraph', text: t.file(result.file) });
    return doc;
  }

  const sources: string[] = [];
  const ref = (s: string | null) => {
    if (s === null) return '—';
    if (!sources.includes(s)) sources.push(s);
    return `[${sources.indexOf(s) + 1}]`;
  };
  const standing = result.rows.some((r) => r.year !== null);
  const yearInIndex = standing && result.year === null;
  const columns: Column[] = [
    { label: t.index },
    { label: t.component },
    ...(result.department ? [{ label: t.role }] : []),
    { label: t.lead },
    ...(result.department ? [] : [{ label: t.coordinating }]),
    { label: t.span },
    { label: t.basis },
    { label: t.source },
    ...(standing
      ? [
          { label: c.score, align: 'right' as const },
          { label: c.rank, align: 'right' as const },
          { label: result.benchmark ? benchmarkShort(result.benchmark, defs, view) : g.benchmarkIs, align: 'right' as const },
          { label: g.gap, align: 'right' as const },
        ]
      : []),
  ];
  const notes: string[] = [];
  const componentName = (r: DepartmentsResult['rows'][number]) =>
    r.component === defs.indices.get(r.index)?.compositeCode
      ? t.overall
      : measureName(defs, r.index, r.year ?? (r.to === null ? undefined : Number(r.to.slice(0, 4))), r.component, view);
  const rows: Cell[][] = result.rows.map((r) => {
    const prec = defs.indices.get(r.index)?.precision ?? 2;
    const s = r.standing;
    if (standing && !s && r.standingReason)
      notes.push(`${indexName(r.index)}${r.year === null ? '' : ` ${r.year}`}: ${naText(r.standingReason, view.lang, indexName)}.`);
    return [
      yearInIndex && r.year !== null ? `${indexName(r.index)} ${r.year}` : indexName(r.index),
      componentName(r),
      ...(result.department ? [r.role ? t.roles[r.role] : '—'] : []),
      r.lead.join('; '),
      ...(result.department ? [] : [r.coordinating.length > 0 ? r.coordinating.join('; ') : '—']),
      formatSpan(r.from ?? undefined, r.to ?? undefined),
      { text: basis[r.basis], tone: r.basis === 'unconfirmed' ? 'muted' : undefined },
      ref(r.source),
      ...(standing
        ? [num(s?.score ?? null, prec, view), rankText(s?.rank ?? null, view), num(s?.benchmark.value ?? null, prec, view), signed(s?.gap ?? null, prec, view)]
        : []),
    ];
  });
  doc.push({ kind: 'table', columns, rows });
  // A table rather than a list, so that CSV output keeps the sources too.
  if (sources.length > 0) {
    doc.push(
      { kind: 'heading', level: 2, text: t.sources },
      { kind: 'table', columns: [{ label: '#' }, { label: t.source }], rows: sources.map((s, i) => [`[${i + 1}]`, s]) },
    );
  }
  // Only the reasons for the columns shown here (score, rank, benchmark, gap).
  const fields = ['score', 'rank', 'benchmark', 'gap'] as const;
  const shown = result.rows
    .filter((r) => r.standing)
    .map((r) => ({
      name: `${indexName(r.index)}: ${componentName(r)}`,
      kind: r.standing!.kind,
      na: Object.fromEntries(fields.filter((f) => r.standing!.na[f] !== undefined).map((f) => [f, r.standing!.na[f]])),
    }));
  notes.push(...naNotes(shown, view, defs));
  const distinct = [...new Set(notes)];
  if (distinct.length > 0) doc.push({ kind: 'heading', level: 2, text: g.notes }, { kind: 'list', items: distinct });
  doc.push({ kind: 'paragraph', text: t.file(result.file) });
  return doc;
}
