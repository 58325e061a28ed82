import { AS_OF, dayText } from '../../i18n/as-of.js';
import type { Gap } from '../../analysis/gaps.js';
import type { NaFields } from '../../analysis/na.js';
import type { WeakestResult, WeakestRow } from './result.js';
import { COMMON } from '../../i18n/common.js';
import { BASIS_LABELS } from '../../i18n/basis.js';
import { GAPS } from '../../i18n/gaps.js';
import { naText } from '../../i18n/reasons.js';
import type { View } from '../../i18n/view.js';
import { WEAKEST } from '../../i18n/weakest.js';
import type { Definitions } from '../../model/definitions.js';
import type { Block, Cell, Column, Doc } from '../../render/doc.js';
import { measureName, num, provinceName, rankText, share, signed } from '../../render/format.js';
import { benchmarkShort, benchmarkText, breakNotes, naNotes } from '../../render/gap-notes.js';
import { weakIndicatorBlocks } from '../../render/weak-indicators.js';

/** The weakest components as a document: one table per index (or one pooled table), then notes. */
export function weakestDoc(result: WeakestResult, defs: Definitions, view: View): Doc {
  const t = view.pick(WEAKEST);
  const g = view.pick(GAPS);
  const nameOf = (code: string) => defs.indices.get(code)?.shortName ?? provinceName(defs, code, view);
  const withBenchmark = result.scopes.find((s) => s.benchmark !== null);
  const province = result.scopes.find((s) => s.province !== null)?.province;
  const doc: Block[] = [{ kind: 'heading', level: 1, text: t.title(province ? provinceName(defs, province, view) : '—') }];
  const intro = [`${t.by}: ${t.bys[result.by]}.`];
  if (withBenchmark) {
    // How many provinces the benchmark rests on is stated only when all rows share one index-year.
    const single = new Set(result.rows.map((r) => `${r.index} ${r.year}`)).size === 1;
    intro.push(`${g.benchmarkIs}: ${benchmarkText(withBenchmark.benchmark!, single ? result.rows : [], defs, view, withBenchmark.province!)}.`);
  }
  if (result.asOf !== null) intro.push(view.pick(AS_OF).assigned(dayText(result.asOf, view.lang)));
  doc.push({ kind: 'paragraph', text: intro.join(' ') });

  const label = (r: WeakestRow) => measureName(defs, r.index, r.year, r.code, view);
  const notes: string[] = [];
  if (result.pooled) {
    doc.push({
      kind: 'heading',
      level: 2,
      text: `${t.pooled}: ${result.scopes
        .filter((s) => s.year !== null)
        .map((s) => `${nameOf(s.index)} ${s.year}`)
        .join(', ')}`,
    });
    doc.push(result.rows.length > 0 ? table(result, result.rows, defs, view, true) : { kind: 'paragraph', text: t.noRows });
  }
  for (const scope of result.scopes) {
    const name = `${nameOf(scope.index)}${scope.year === null ? '' : ` ${scope.year}`}`;
    const rows = result.rows.filter((r) => r.index === scope.index);
    const unranked =
      scope.unranked.length > 0
        ? t.unranked(
            scope.unranked.map((u) => measureName(defs, scope.index, scope.year!, u.code, view)).join('; '),
            scope.unranked[0]!.reason ? naText(scope.unranked[0]!.reason, view.lang, nameOf) : '',
          )
        : undefined;
    if (result.pooled) {
      if (scope.reason) notes.push(`${name}: ${naText(scope.reason, view.lang, nameOf)}.`);
      if (unranked) notes.push(`${name}: ${unranked}`);
      continue;
    }
    doc.push({ kind: 'heading', level: 2, text: name });
    if (scope.reason) {
      doc.push({ kind: 'paragraph', text: `${capitalise(naText(scope.reason, view.lang, nameOf))}.` });
      continue;
    }
    if (scope.fellBack)
      doc.push({ kind: 'paragraph', text: t.fellBack(t.bys[result.by], scope.fallbackReason ? naText(scope.fallbackReason, view.lang, nameOf) : '—') });
    doc.push(rows.length > 0 ? table(result, rows, defs, view, false) : { kind: 'paragraph', text: t.noRows });
    if (unranked) doc.push({ kind: 'paragraph', text: unranked });
  }

  doc.push(...weakIndicatorBlocks(result.indicators, defs, view, 2));

  // Rows of several indices share notes, so their names say which index they belong to.
  const several = new Set(result.rows.map((r) => r.index)).size > 1;
  // Only the reasons for the columns shown.
  const shown: (keyof NaFields)[] = [
    'score',
    'rank',
    'benchmark',
    'gap',
    'change',
    ...(result.by === 'gap' ? ['gapShare' as const] : result.by === 'weighted-gap' ? ['weightedGap' as const] : []),
  ];
  const pickNa = (na: NaFields): NaFields => Object.fromEntries(shown.filter((f) => na[f] !== undefined).map((f) => [f, na[f]]));
  const named = result.rows.map((r) => ({ name: several ? `${nameOf(r.index)}: ${label(r)}` : label(r), kind: r.kind, na: pickNa(r.na) }));
  notes.push(...naNotes(named, view, defs));
  for (const scope of result.scopes)
    notes.push(
      ...breakNotes(
        result.rows.filter((r) => r.index === scope.index),
        scope.year ?? 0,
        view,
      ),
    );
  notes.push(g.deptFile(result.departmentsFile));
  doc.push({ kind: 'heading', level: 2, text: g.notes }, { kind: 'list', items: [...new Set(notes)] });
  return doc;
}

function table(result: WeakestResult, rows: WeakestRow[], defs: Definitions, view: View, pooled: boolean): Block {
  const t = view.pick(WEAKEST);
  const g = view.pick(GAPS);
  const c = view.pick(COMMON);
  const d = view.pick(BASIS_LABELS);
  const prec = (r: WeakestRow) => defs.indices.get(r.index)?.precision ?? 2;
  const spec = result.scopes.find((s) => s.benchmark !== null)?.benchmark;
  const prevYears = new Set(result.scopes.filter((s) => rows.some((r) => r.index === s.index)).map((s) => s.previousYear));
  const measure: { label: string; cell: (r: WeakestRow) => string } | undefined =
    result.by === 'gap'
      ? { label: g.gapShare, cell: (r) => share(r.gapShare, view) }
      : result.by === 'weighted-gap'
        ? { label: pooled ? g.fields.weightedGap : g.weighted(defs.indices.get(rows[0]!.index)!.shortName), cell: (r) => signed(r.weightedGap, prec(r), view) }
        : result.by === 'score'
          ? { label: t.scoreShare, cell: (r) => (r.score === null || r.max === null ? c.notAvailable : `${view.num((r.score / r.max) * 100, 1)}%`) }
          : undefined;
  const columns: Column[] = [
    { label: t.position, align: 'right' },
    ...(pooled ? [{ label: t.index }] : []),
    { label: c.component },
    { label: c.score, align: 'right' },
    { label: c.rank, align: 'right' },
    { label: spec ? benchmarkShort(spec, defs, view) : g.benchmarkIs, align: 'right' },
    { label: g.gap, align: 'right' },
    ...(measure ? [{ label: measure.label, align: 'right' as const }] : []),
    { label: prevYears.size === 1 ? t.trend([...prevYears][0]!) : t.trendPlain, align: 'right' },
    { label: g.lead },
    { label: g.coordinating },
    { label: g.basis },
  ];
  const body: Cell[][] = rows.map((r) => [
    String(r.position),
    ...(pooled ? [`${defs.indices.get(r.index)?.shortName ?? r.index} ${r.year}`] : []),
    measureName(defs, r.index, r.year, r.code, view),
    num(r.score, prec(r), view),
    rankText(r.rank, view),
    num(r.benchmark.value, prec(r), view),
    signed(r.gap, prec(r), view),
    ...(measure ? [measure.cell(r)] : []),
    trendText(r, prec(r), view),
    r.departments ? r.departments.lead.join('; ') : g.noDept,
    r.departments && r.departments.coordinating.length > 0 ? r.departments.coordinating.join('; ') : '—',
    r.departments ? { text: d[r.departments.basis], tone: r.departments.basis === 'unconfirmed' ? 'muted' : undefined } : '—',
  ]);
  return { kind: 'table', columns, rows: body };
}

/** "↑ +0,38", "↓ −0,12", "= 0,00", with "†" across a methodology break. */
function trendText(g: Gap, decimals: number, view: View): string {
  const ch = g.change;
  if (!ch || ch.delta === null || ch.trend === null) return view.pick(COMMON).notAvailable;
  const arrow = ch.trend === 'up' ? '↑' : ch.trend === 'down' ? '↓' : '=';
  return `${arrow} ${view.delta(ch.delta, decimals)}${ch.breaks.length > 0 ? ` ${view.pick(GAPS).breakMark}` : ''}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
