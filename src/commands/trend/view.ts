import type { HistoryYear } from '../../analysis/rank-history.js';
import { yearRuns } from '../../model/lookup.js';
import type { TrendIndex, TrendResult } from './result.js';
import { COMMON } from '../../i18n/common.js';
import { RANKS } from '../../i18n/ranks.js';
import { TREND } from './labels.js';
import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import type { Block, Cell, Column, Doc } from '../../render/doc.js';
import { rankChart } from '../../render/rank-chart.js';
import { flagLegend, flagMarks, namesText, provinceName, rankOriginText, rankText, standingNotes } from '../../render/rank-text.js';

/**
 * `chiso trend` as a document: one table of every index-year, notes on breaks, one summary line
 * per index in the style of the directive's footnote, and last a rank chart per index.
 */
export function trendDoc(result: TrendResult, defs: Definitions, view: View): Doc {
  const t = view.pick(TREND);
  const c = view.pick(COMMON);
  const r = view.pick(RANKS);
  const shownUnits = [...new Set(result.indices.flatMap((i) => i.years.map((y) => y.unit)))];
  const title = provinceName(defs, shownUnits[shownUnits.length - 1] ?? result.units[0]!, view);
  const doc: Doc = [{ kind: 'heading', level: 1, text: t.title(title) }];
  if (shownUnits.length > 1) doc.push(unitNote(shownUnits, defs, view));

  const columns: Column[] = [
    { label: c.index }, { label: c.year }, { label: c.score, align: 'right' }, { label: t.scoreDelta, align: 'right' },
    { label: c.rank, align: 'right' }, { label: t.places, align: 'right' }, { label: r.rankOrigin }, { label: r.notes },
  ];
  const rows: Cell[][] = [];
  const notes: string[] = [];
  for (const h of result.indices) {
    const index = defs.indices.get(h.index)!;
    if (h.years.length === 0) {
      notes.push(t.noData(index.shortName, title, yearRuns(h.tableYears)));
      continue;
    }
    for (const y of h.years) rows.push(yearRow(index.shortName, index.precision, h, y, defs, view));
    if (h.breaks.length > 0) {
      notes.push(t.breaks(index.shortName, h.breaks.map((b) => t.breakItem(b.year, (view.lang === 'vi' ? b.changeVi : b.changeEn) ?? '')).join('; ')));
    }
  }
  if (rows.length > 0) doc.push({ kind: 'table', columns, rows });
  // Breaks are spelled out in their own paragraph above.
  const legend = flagLegend(result.indices.flatMap((h) => h.years.flatMap((y) => y.change?.flags.filter((f) => f !== 'methodology-break') ?? [])), view);
  if (legend) notes.push(legend);
  doc.push(...notes.map((text): Block => ({ kind: 'paragraph', text })));

  const summaries = result.indices.filter((h) => h.years.length > 0).map((h) => summaryLine(h, defs, view));
  if (summaries.length > 0) {
    doc.push({ kind: 'heading', level: 2, text: t.summaryTitle }, { kind: 'list', items: summaries });
    if (result.indices.some((h) => h.years.some((y) => y.rank?.origin === 'computed'))) doc.push({ kind: 'paragraph', text: t.computedFootnote });
  }

  const charts = result.indices.flatMap((h) => chartLines(h, defs, view));
  if (charts.length > 0) doc.push({ kind: 'heading', level: 2, text: t.chartTitle }, ...charts);
  return doc;
}

function yearRow(short: string, decimals: number, h: TrendIndex, y: HistoryYear, defs: Definitions, view: View): Cell[] {
  const t = view.pick(TREND);
  const ch = y.change;
  const tone = (x: number | null | undefined) => (x === null || x === undefined || x === 0 ? undefined : x > 0 ? ('good' as const) : ('bad' as const));
  const notes = [
    ...standingNotes(defs, y, view),
    ...(ch ? flagMarks(ch.flags, view) : []),
    ...(ch && ch.fromYear !== y.year - 1 ? [t.vs(ch.fromYear)] : []),
  ];
  return [
    short,
    String(y.year),
    view.num(y.score ?? undefined, decimals),
    { text: view.delta(ch?.scoreDelta ?? undefined, decimals), tone: tone(ch?.scoreDelta === null || ch === null ? null : Number(ch.scoreDelta.toFixed(decimals))) },
    y.rank ? { text: rankText(y.rank), tone: 'strong' } : rankText(null),
    { text: view.delta(ch?.places ?? undefined, 0), tone: tone(ch?.places) },
    rankOriginText(y.rank, h.rankKind, view),
    notes.join('; '),
  ];
}

/** The note that a name denotes several units over the years shown (2025 mergers), with each unit's span. */
export function unitNote(units: string[], defs: Definitions, view: View): Block {
  const t = view.pick(TREND);
  const span = (code: string) => {
    const p = defs.provinces.byCode.get(code);
    const when = p?.lastYear !== undefined ? t.until(p.lastYear) : p?.firstYear !== undefined ? t.since(p.firstYear) : '';
    return provinceName(defs, code, view) + (when ? ` (${when})` : '');
  };
  return { kind: 'paragraph', text: t.unitNote(units.map(span).join(', ')) };
}

/** The directive's footnote style: "<index name> PCI: năm 2020 xếp thứ 41/63, …, năm 2022 xếp thứ 59/63". */
export function summaryLine(h: TrendIndex, defs: Definitions, view: View): string {
  const t = view.pick(TREND);
  const index = defs.indices.get(h.index)!;
  const parts = h.years.flatMap((y) => {
    if (!y.rank) return [];
    const mark = y.rank.origin === 'computed' ? t.computedMark : '';
    const tie = y.rank.origin === 'computed' && y.rank.tiedWith.length > 0 ? t.tied(namesText(defs, y.rank.tiedWith, view)) : '';
    return [t.ranked(y.year, rankText(y.rank) + mark) + tie];
  });
  const unranked = h.years.filter((y) => !y.rank).map((y) => y.year);
  return t.summary(view.name(index), index.shortName, parts, unranked.length > 0 ? t.unranked(yearRuns(unranked)) : '');
}

/** The rank chart of one index (no chart with fewer than two ranked years), with its label and the years left out. */
export function chartLines(h: TrendIndex, defs: Definitions, view: View): Block[] {
  const t = view.pick(TREND);
  const points = h.years.flatMap((y) => (y.rank ? [{ year: y.year, rank: y.rank.rank, of: y.rank.of }] : []));
  if (points.length < 2) return [];
  const short = defs.indices.get(h.index)!.shortName;
  const skipped = h.years.filter((y) => !y.rank).map((y) => y.year);
  const label = t.chartLabel(short, Math.max(...points.map((p) => p.of))) + (skipped.length > 0 ? ` — ${t.skipped(yearRuns(skipped))}` : '');
  return [{ kind: 'figure', lines: [label, ...rankChart(points)] }];
}
