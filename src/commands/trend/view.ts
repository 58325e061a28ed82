import type { HistoryYear } from '../../analysis/rank-history.js';
import { yearRuns } from '../../model/lookup.js';
import type { TrendIndex, TrendResult } from './result.js';
import { COMMON } from '../../i18n/common.js';
import { RANKS } from '../../i18n/ranks.js';
import { TREND } from '../../i18n/trend.js';
import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import type { Block, Cell, Column, Doc } from '../../render/doc.js';
import { flagLegend, flagMarks, rankOriginText, rankOrDash, standingNotes } from '../../render/rank-text.js';
import { provinceName } from '../../render/format.js';
import { chartLines, summaryLine, unitNote } from '../../render/history-text.js';
import { MERGER, mergerBlocks, pct } from '../../render/merger-text.js';
import { GROUPS } from '../../i18n/groups.js';
import { aggregateNotes } from '../../render/aggregate-text.js';
import { groupText } from '../../render/group-text.js';

/**
 * `chiso trend` as a document: one table of every index-year, notes on breaks, one summary line
 * per index in the style of the directive's footnote, and last a rank chart per index.
 */
export function trendDoc(result: TrendResult, defs: Definitions, view: View): Doc {
  const t = view.pick(TREND);
  const c = view.pick(COMMON);
  const r = view.pick(RANKS);
  const shownUnits = [...new Set(result.indices.flatMap((i) => i.years.map((y) => y.unit)))];
  // An aggregate is named as asked ("Cả nước"), even in years another national row stands in.
  const title = provinceName(defs, result.aggregate ? result.units[0]! : (shownUnits[shownUnits.length - 1] ?? result.units[0]!), view);
  const doc: Doc = [{ kind: 'heading', level: 1, text: t.title(title) }];
  if (shownUnits.length > 1 && !result.aggregate) doc.push(unitNote(shownUnits, defs, view));

  // The owners' group column only when some year has one (PAPI, PCI 2017–2018, PAR INDEX 2022–2024).
  const withGroup = [...result.indices, ...result.predecessors.flatMap((p) => p.indices)].some((h) => h.years.some((y) => y.group !== null));
  const scoreColumns: Column[] = [{ label: c.index }, { label: c.year }, { label: c.score, align: 'right' }, { label: t.scoreDelta, align: 'right' }];
  // An aggregate has no rank: its table keeps the scores and the notes; one note says why.
  const columns: Column[] = result.aggregate
    ? [...scoreColumns, { label: r.notes }]
    : [
        ...scoreColumns,
        { label: c.rank, align: 'right' },
        { label: view.pick(MERGER).percentile, align: 'right' },
        ...(withGroup ? [{ label: view.pick(GROUPS).column }] : []),
        { label: t.places, align: 'right' },
        { label: r.rankOrigin },
        { label: r.notes },
      ];
  const rows: Cell[][] = [];
  const notes: string[] = result.aggregate ? aggregateNotes(result.units[0]!, result.indices, defs, view) : [];
  let derived = false;
  for (const h of result.indices) {
    const index = defs.indices.get(h.index)!;
    if (h.years.length === 0 && result.aggregate) continue;
    if (h.years.length === 0) {
      notes.push(t.noData(index.shortName, title, yearRuns(h.tableYears)));
      continue;
    }
    for (const y of h.years) {
      const eq = equivalentOf(result, h, y);
      if (eq) derived = true;
      rows.push(yearRow(index.shortName, index.precision, h, y, defs, view, withGroup, eq));
    }
    if (h.breaks.length > 0) {
      notes.push(t.breaks(index.shortName, h.breaks.map((b) => t.breakItem(b.year, (view.lang === 'vi' ? b.changeVi : b.changeEn) ?? '')).join('; ')));
    }
  }
  if (rows.length > 0) doc.push({ kind: 'table', columns, rows });
  // The other members of a merged unit, each with its own series to 2024 (never joined to the unit's).
  for (const p of result.predecessors) {
    const own = p.indices.flatMap((h) =>
      h.years.map((y) => yearRow(defs.indices.get(h.index)!.shortName, defs.indices.get(h.index)!.precision, h, y, defs, view, withGroup)),
    );
    if (own.length === 0) continue;
    doc.push(
      { kind: 'heading', level: 2, text: view.pick(MERGER).predecessor(provinceName(defs, p.unit, view), provinceName(defs, p.successor, view)) },
      { kind: 'table', columns, rows: own },
    );
  }
  doc.push(...mergerBlocks(result.mergers, defs, view));
  // Breaks are spelled out in their own paragraph above.
  const legend = flagLegend(
    result.indices.flatMap((h) => h.years.flatMap((y) => y.change?.flags.filter((f) => f !== 'methodology-break') ?? [])),
    view,
  );
  if (legend) notes.push(legend);
  if (derived) notes.push(view.pick(MERGER).equivalentNote('≈'));
  doc.push(...notes.map((text): Block => ({ kind: 'paragraph', text })));

  // The footnote-style rank lines say nothing for an aggregate, which has no rank.
  const summaries = result.aggregate ? [] : result.indices.filter((h) => h.years.length > 0).map((h) => summaryLine(h, defs, view));
  if (summaries.length > 0) {
    doc.push({ kind: 'heading', level: 2, text: t.summaryTitle }, { kind: 'list', items: summaries });
    if (result.indices.some((h) => h.years.some((y) => y.rank?.origin === 'computed'))) doc.push({ kind: 'paragraph', text: t.computedFootnote });
  }

  const charts = result.indices.flatMap((h) => chartLines(h, defs, view));
  if (charts.length > 0) doc.push({ kind: 'heading', level: 2, text: t.chartTitle }, { kind: 'paragraph', text: t.chartKey }, ...charts);
  return doc;
}

/**
 * The derived rank for the ± rank cell of a merged unit's first ranked year: the compared year's
 * rank of the same-named former province, re-read out of the unit's N ("≈32/34"); null elsewhere.
 */
function equivalentOf(result: TrendResult, h: TrendIndex, y: HistoryYear): string | null {
  const m = result.mergers.find((x) => x.index === h.index && x.year === y.year && x.rank !== null && x.unit === y.unit);
  if (!m || !m.rank) return null;
  const before = [...h.years].reverse().find((p) => p.year < y.year && p.rank !== null && p.unit !== y.unit);
  const member = before ? m.members.find((x) => x.member === before.unit) : undefined;
  return member ? `${member.equivalentRank}/${m.rank.of}` : null;
}

function yearRow(
  short: string,
  decimals: number,
  h: TrendIndex,
  y: HistoryYear,
  defs: Definitions,
  view: View,
  withGroup: boolean,
  equivalent: string | null = null,
): Cell[] {
  const t = view.pick(TREND);
  const ch = y.change;
  const tone = (x: number | null | undefined) => (x === null || x === undefined || x === 0 ? undefined : x > 0 ? ('good' as const) : ('bad' as const));
  const notes = [...standingNotes(defs, y, view), ...(ch ? flagMarks(ch.flags, view) : []), ...(ch && ch.fromYear !== y.year - 1 ? [t.vs(ch.fromYear)] : [])];
  if (y.noRank === 'aggregate')
    return [short, String(y.year), view.num(y.score ?? undefined, decimals), view.delta(ch?.scoreDelta ?? undefined, decimals), notes.slice(1).join('; ')];
  return [
    short,
    String(y.year),
    view.num(y.score ?? undefined, decimals),
    {
      text: view.delta(ch?.scoreDelta ?? undefined, decimals),
      tone: tone(ch?.scoreDelta === null || ch === null ? null : Number(ch.scoreDelta.toFixed(decimals))),
    },
    y.rank ? { text: rankOrDash(y.rank), tone: 'strong' } : rankOrDash(null),
    y.rank ? String(pct(y.rank.percentile)) : '—',
    ...(withGroup ? [groupText(defs, h.index, y.year, y.group, view)] : []),
    equivalent !== null
      ? { text: view.pick(MERGER).equivalent(equivalent), tone: 'muted' }
      : { text: view.delta(ch?.places ?? undefined, 0), tone: tone(ch?.places) },
    rankOriginText(y.rank, h.rankKind, view),
    notes.join('; '),
  ];
}
