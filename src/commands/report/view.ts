import { mergerBlocks, predecessorBlocks } from '../../render/merger-text.js';
import { AS_OF, dayText } from '../../i18n/as-of.js';
import type { ChangeFlag } from '../../analysis/change.js';
import type { DepartmentRef } from '../../analysis/departments.js';
import type { NaFields } from '../../analysis/na.js';
import { yearRuns } from '../../model/lookup.js';
import type { RankInfo } from '../../analysis/ranking.js';
import type { Caveat, ReportCoverage, ReportIndex, ReportResult, ReportWeakest, TriageItem } from './result.js';
import { weakIndicatorBlocks } from '../../render/weak-indicators.js';
import type { RankedHistory } from '../../analysis/rank-history.js';
import { COMMON } from '../../i18n/common.js';
import { GAPS } from '../../i18n/gaps.js';
import { naText, reportReasonText } from '../../i18n/reasons.js';
import { RANKS } from '../../i18n/ranks.js';
import { REPORT } from './labels.js';
import { TREND } from '../../i18n/trend.js';
import type { View } from '../../i18n/view.js';
import { WEAKEST } from '../../i18n/weakest.js';
import { reportTargetBlocks } from './targets-section.js';
import type { Definitions } from '../../model/definitions.js';
import type { Block, Cell, Doc } from '../../render/doc.js';
import { flagLegend, flagMarks, rankOriginText, standingNotes } from '../../render/rank-text.js';
import { leadText, measureName, num, provinceName, rankText, signed } from '../../render/format.js';
import { breakNotes, naNotes } from '../../render/gap-notes.js';
import { chartLines, summaryLine, unitNote } from '../../render/history-text.js';



/**
 * The province report as a document a provincial office can circulate: title and date of the data,
 * then six numbered sections (coverage, summary, weakest components, triage, chart, caveats).
 */
export function reportDoc(result: ReportResult, defs: Definitions, view: View): Doc {
  const t = view.pick(REPORT);
  const shortName = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  const unit = [...result.indices].reverse().find((i) => i.province !== null)?.province ?? result.units[result.units.length - 1]!;
  const province = provinceName(defs, unit, view);
  const doc: Block[] = [{ kind: 'heading', level: 1, text: t.title(province) }];
  if (result.dataYear === null) doc.push({ kind: 'paragraph', text: t.noData(province) });
  else if (result.year !== null) doc.push({ kind: 'paragraph', text: `${t.dataOf(result.year)} ${t.introYear}` });
  else doc.push({ kind: 'paragraph', text: `${t.dataUntil(result.dataYear)} ${t.intro}` });
  if (result.asOf !== null) doc.push({ kind: 'paragraph', text: view.pick(AS_OF).assigned(dayText(result.asOf, view.lang)) });

  doc.push(...coverageSection(result, defs, view));
  doc.push(...summarySection(result, defs, view));
  doc.push(...predecessorBlocks(result.predecessors, defs, view), ...mergerBlocks(result.mergers, defs, view));
  doc.push(...weakestSection(result, defs, view));
  doc.push(...triageSection(result, defs, view));

  const w = result.window;
  const charts = result.indices.flatMap((ix) => chartLines(trendIndex(ix), defs, view));
  doc.push({ kind: 'heading', level: 2, text: w ? t.chart(w.from, w.to) : t.chartPlain });
  doc.push(...(charts.length > 0 ? charts : [{ kind: 'paragraph' as const, text: t.noChart }]));

  const caveats = result.caveats.map((c) => caveatText(c, defs, view, shortName));
  doc.push({ kind: 'heading', level: 2, text: t.caveats });
  doc.push(caveats.length > 0 ? { kind: 'list', items: caveats } : { kind: 'paragraph', text: t.noCaveats });
  doc.push(...reportTargetBlocks(result, defs, view));
  return doc;
}

function coverageSection(result: ReportResult, defs: Definitions, view: View): Block[] {
  const t = view.pick(REPORT);
  const c = view.pick(COMMON);
  const nameOf = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  const rows: Cell[][] = [];
  for (const ix of result.indices) {
    const own = result.coverage.filter((cv) => cv.index === ix.index);
    if (own.length === 0) {
      const why = ix.reason ? reportReasonText(ix.reason, view.lang, nameOf, yearRuns) : c.notAvailable;
      rows.push([nameOf(ix.index), ix.compositeYear === null ? '—' : String(ix.compositeYear), '—', capitalise(why), '—', '—']);
      continue;
    }
    for (const cv of own) rows.push(coverageRow(cv, defs, view));
  }
  const sources = [...new Set(result.coverage.flatMap((cv) => cv.sources))];
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: t.coverage },
    {
      kind: 'table',
      columns: [
        { label: c.index }, { label: c.year }, { label: t.usedFor }, { label: t.provinceData },
        { label: t.withComposite, align: 'right' }, { label: t.withComponents, align: 'right' },
      ],
      rows,
    },
    { kind: 'paragraph', text: t.coverageRule(Math.round(result.minCoverage * 100)) },
  ];
  if (sources.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: t.sources }, { kind: 'list', items: sources.map((id) => sourceText(id, defs)) });
  }
  return blocks;
}

function coverageRow(cv: ReportCoverage, defs: Definitions, view: View): Cell[] {
  const t = view.pick(REPORT);
  const def = defs.indices.get(cv.index)!;
  const rank = cv.provinceRank === 'computed' ? t.rankOf.computed : cv.provinceRank === 'published' ? t.rankOf[def.rankKind === 'reported' ? 'reported' : 'official'] : t.rankOf.none;
  const what = [
    t.composite[cv.provinceComposite ?? 'none'],
    rank,
    ...(cv.components > 0 ? [t.componentsOf(cv.provinceComponents, cv.components)] : []),
  ];
  return [
    def.shortName,
    String(cv.year),
    cv.usedFor.map((u) => t.uses[u]).join('; '),
    capitalise(what.join('; ')),
    `${cv.withComposite}/${cv.expected}`,
    cv.components > 0 ? `${cv.withComponents}/${cv.expected}` : '—',
  ];
}

function summarySection(result: ReportResult, defs: Definitions, view: View): Block[] {
  const t = view.pick(REPORT);
  const c = view.pick(COMMON);
  const r = view.pick(RANKS);
  const tr = view.pick(TREND);
  const nameOf = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  const flags: ChangeFlag[] = [];
  const rows: Cell[][] = result.indices.map((ix) => {
    const def = defs.indices.get(ix.index)!;
    const p = def.precision;
    const s = ix.standing;
    if (!s) {
      const why = ix.reason ? reportReasonText(ix.reason, view.lang, nameOf, yearRuns) : t.noComposite;
      return [def.shortName, ix.compositeYear === null ? '—' : String(ix.compositeYear), c.notAvailable, c.notAvailable, '', '—', '—', '—', capitalise(why)];
    }
    const ch = s.change;
    if (ch) flags.push(...ch.flags.filter((f) => f !== 'methodology-break'));
    const notes = [...standingNotes(defs, s, view, true), ...(ch ? flagMarks(ch.flags, view) : [])];
    if (s.score === null && s.rank) notes.push(t.rankOnly);
    if (!ch) notes.push(reportReasonText({ code: 'no-earlier-data' }, view.lang, nameOf, yearRuns));
    // With a score now, a missing score change means the earlier year had none (a changed scale or unit is flagged instead).
    if (ch && ch.scoreDelta === null && !ch.flags.some((f) => f === 'scale-changed' || f === 'unit-changed')) {
      if (s.score !== null) notes.push(naText({ code: 'no-previous-value', year: ch.fromYear }, view.lang, nameOf));
    }
    if (ix.reason) notes.push(reportReasonText(ix.reason, view.lang, nameOf, yearRuns));
    const tone = (x: number | null) => (x === null || x === 0 ? undefined : x > 0 ? ('good' as const) : ('bad' as const));
    return [
      def.shortName,
      String(s.year),
      num(s.score, p, view),
      s.rank ? { text: rankText(s.rank, view), tone: 'strong' } : c.notAvailable,
      rankOriginText(s.rank, ix.rankKind, view),
      ch ? String(ch.fromYear) : '—',
      ch ? { text: signed(ch.scoreDelta, p, view), tone: tone(ch.scoreDelta === null ? null : Number(ch.scoreDelta.toFixed(p))) } : '—',
      ch ? { text: ch.places === null ? c.notAvailable : view.delta(ch.places, 0), tone: tone(ch.places) } : '—',
      notes.join('; '),
    ];
  });
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: t.summary },
    {
      kind: 'table',
      columns: [
        { label: c.index }, { label: c.year }, { label: c.score, align: 'right' }, { label: c.rank, align: 'right' }, { label: r.rankOrigin },
        { label: t.since, align: 'right' }, { label: tr.scoreDelta, align: 'right' }, { label: tr.places, align: 'right' }, { label: t.notes },
      ],
      rows,
    },
  ];
  const legend = flagLegend(flags, view);
  if (legend) blocks.push({ kind: 'paragraph', text: legend });
  const w = result.window;
  if (w) {
    const lines = result.indices.filter((ix) => ix.history.length > 0).map((ix) => summaryLine(trendIndex(ix), defs, view));
    blocks.push({ kind: 'heading', level: 3, text: t.footnoteTitle(w.from, w.to) });
    blocks.push(lines.length > 0 ? { kind: 'list', items: lines } : { kind: 'paragraph', text: t.noRanksInWindow });
    if (result.indices.some((ix) => ix.history.some((y) => y.rank?.origin === 'computed'))) blocks.push({ kind: 'paragraph', text: tr.computedFootnote });
    // A name that denotes a new unit after a merger: the lines and the chart span two units.
    const units = [...new Set(result.indices.flatMap((ix) => ix.history.map((y) => y.unit)))];
    if (units.length > 1) blocks.push(unitNote(units, defs, view));
  }
  return blocks;
}

function leadOf(w: ReportWeakest, component: string, view: View): string | undefined {
  const d = w.rows.find((r) => r.code === component)?.departments;
  return d ? leadText(d, view) : undefined;
}

function weakestSection(result: ReportResult, defs: Definitions, view: View): Block[] {
  const t = view.pick(REPORT);
  const c = view.pick(COMMON);
  const g = view.pick(GAPS);
  const wk = view.pick(WEAKEST);
  const nameOf = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: t.weakest }, { kind: 'paragraph', text: t.weakestIntro(result.n) }];
  for (const ix of result.indices) {
    const def = defs.indices.get(ix.index)!;
    const w = ix.weakest;
    blocks.push({ kind: 'heading', level: 3, text: w ? `${def.shortName} ${w.year}` : def.shortName });
    if (!w || w.reason) {
      const reason = w?.reason ?? ix.reason;
      blocks.push({ kind: 'paragraph', text: `${capitalise(reason ? reportReasonText(reason, view.lang, nameOf, yearRuns) : c.notAvailable)}.` });
      continue;
    }
    const p = def.precision;
    if (w.fellBack) blocks.push({ kind: 'paragraph', text: wk.fellBack(wk.bys.rank, w.fallbackReason ? reportReasonText(w.fallbackReason, view.lang, nameOf, yearRuns) : c.notAvailable) });
    blocks.push({
      kind: 'table',
      columns: [
        { label: wk.position, align: 'right' }, { label: c.component }, { label: c.score, align: 'right' }, { label: c.rank, align: 'right' },
        { label: g.benchmarkShort.median, align: 'right' }, { label: g.gap, align: 'right' },
        { label: wk.trend(w.previousYear), align: 'right' }, { label: g.lead }, { label: g.coordinating },
      ],
      rows: w.rows.map((r) => [
        String(r.position),
        measureName(defs, ix.index, w.year, r.code, view),
        num(r.score, p, view),
        rankText(r.rank, view),
        num(r.benchmark.value, p, view),
        signed(r.gap, p, view),
        trendText(r.change, p, view),
        leadText(r.departments, view),
        r.departments && r.departments.coordinating.length > 0 ? r.departments.coordinating.join('; ') : '—',
      ]),
    });
    const shown: (keyof NaFields)[] = ['score', 'rank', 'benchmark', 'gap', 'change'];
    const notes = [
      ...naNotes(w.rows.map((r) => ({ name: measureName(defs, ix.index, w.year, r.code, view), kind: r.kind, na: Object.fromEntries(shown.filter((f) => r.na[f]).map((f) => [f, r.na[f]])) })), view, defs),
      ...breakNotes(w.rows, w.year, view),
    ];
    if (w.unranked.length > 0) {
      notes.push(wk.unranked(w.unranked.map((u) => measureName(defs, ix.index, w.year, u.code, view)).join('; '), w.unranked[0]!.reason ? reportReasonText(w.unranked[0]!.reason, view.lang, nameOf, yearRuns) : c.notAvailable));
    }
    blocks.push(...weakIndicatorBlocks(w.indicators, defs, view, 3, (x) => leadOf(w, x.component, view)));
    if (notes.length > 0) blocks.push({ kind: 'list', items: [...new Set(notes)] });
  }
  return blocks;
}

function triageSection(result: ReportResult, defs: Definitions, view: View): Block[] {
  const t = view.pick(REPORT);
  const nameOf = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  const list = (items: TriageItem[]): Block => (items.length > 0 ? { kind: 'list', items: items.map((i) => triageText(i, defs, view)) } : { kind: 'paragraph', text: t.none });
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: t.triage },
    { kind: 'paragraph', text: t.triageIntro },
    { kind: 'heading', level: 3, text: t.fell },
    list(result.triage.fell),
    { kind: 'heading', level: 3, text: t.roseOrHeld },
    list(result.triage.roseOrHeld),
    { kind: 'heading', level: 3, text: t.scoreUpRankDown },
    list(result.triage.scoreUpRankDown),
  ];
  const skipped = result.triage.notCompared.map(
    (n) => `${nameOf(n.index)} ${n.year} — ${measureName(defs, n.index, n.year, n.code, view)}: ${reportReasonText(n.reason, view.lang, nameOf, yearRuns)}`,
  );
  if (skipped.length > 0) blocks.push({ kind: 'paragraph', text: t.notCompared }, { kind: 'list', items: skipped });
  return blocks;
}

/** "PAPI — Cung ứng dịch vụ công: hạng 30/63 (2023) → 40/61 (2024), ↓10 bậc; điểm 7,2982 → 7,4546 (+0,1564) [khác mẫu số] — chủ trì: Sở Y tế (chưa xác nhận)". */
function triageText(item: TriageItem, defs: Definitions, view: View): string {
  const t = view.pick(REPORT);
  const def = defs.indices.get(item.index)!;
  const p = def.precision;
  const measure = measureName(defs, item.index, item.year, item.code, view);
  const name = item.kind === 'composite' ? measure : `${def.shortName} — ${measure}`;
  const rankPart = (a: RankInfo | null, b: RankInfo | null) => `${t.rank} ${rankText(a, view)} (${item.fromYear}) → ${rankText(b, view)} (${item.year}), ${view.pick(RANKS).places(item.places ?? 0)}`;
  const scorePart = item.from !== null && item.score !== null
    ? `${t.score} ${view.num(item.from, p)}${item.by === 'score' ? ` (${item.fromYear})` : ''} → ${view.num(item.score, p)}${item.by === 'score' ? ` (${item.year})` : ''}${item.scoreDelta !== null ? `, ${view.delta(item.scoreDelta, p)}` : ''}`
    : '';
  const movement = item.by === 'rank'
    ? [rankPart(item.rankFrom, item.rank), scorePart].filter(Boolean).join('; ')
    : [scorePart, t.noRank].filter(Boolean).join('; ');
  const marks = flagMarks(item.flags.filter((f) => f !== 'score-up-rank-down' && f !== 'score-down-rank-up'), view);
  const who = item.kind === 'composite' ? t.focal : t.lead;
  return `${name}: ${movement}${marks.length > 0 ? ` [${marks.join('; ')}]` : ''} — ${who}: ${deptText(item.departments, view)}`;
}

function deptText(d: DepartmentRef | null, view: View): string {
  return d ? leadText(d, view) : view.pick(REPORT).noDept;
}

/** "↑ +0,38", "↓ −0,12", "= 0,00", with "†" across a methodology break; "không có" without a change. */
function trendText(ch: { delta: number | null; trend: 'up' | 'down' | 'same' | null; breaks: unknown[] } | null, decimals: number, view: View): string {
  if (!ch || ch.delta === null || ch.trend === null) return view.pick(COMMON).notAvailable;
  const arrow = ch.trend === 'up' ? '↑' : ch.trend === 'down' ? '↓' : '=';
  return `${arrow} ${view.delta(ch.delta, decimals)}${ch.breaks.length > 0 ? ` ${view.pick(GAPS).breakMark}` : ''}`;
}

function caveatText(c: Caveat, defs: Definitions, view: View, shortName: (id: string) => string): string {
  const t = view.pick(REPORT);
  const pct = (x: number) => Math.round(x * 100);
  switch (c.code) {
    case 'missing-years': {
      const groups = new Map<string, number[]>();
      for (const y of c.years) groups.set(y.reason, [...(groups.get(y.reason) ?? []), y.year]);
      const list = [...groups].map(([reason, years]) => `${yearRuns(years)} (${t.missingReason[reason as keyof typeof t.missingReason]})`).join(', ');
      return t.missingYears(shortName(c.index), list);
    }
    case 'methodology-break':
      return t.breakCaveat(shortName(c.index), c.year, (view.lang === 'vi' ? c.changeVi : c.changeEn) ?? '');
    case 'reported-ranks':
      return t.reportedRanks(shortName(c.index));
    case 'computed-ranks':
      return t.computedRanks(shortName(c.index), yearRuns(c.years));
    case 'computed-component-ranks':
      return t.computedComponentRanks(shortName(c.index), c.year);
    case 'computed-scores':
      return t.computedScores(shortName(c.index), yearRuns(c.years));
    case 'coverage':
      return t.coverageCaveat(shortName(c.index), c.year, c.measure, c.have, c.of, pct(c.minShare));
    case 'departments': {
      const order = ['unconfirmed', 'partly-verified', 'verified', 'decision'] as const;
      const parts = order.filter((b) => c.byBasis[b] > 0).map((b) => `${c.byBasis[b]} ${t.basisCount[b]}`);
      return t.departments(c.file, c.shown, joinAnd(parts, t.and), c.byBasis.decision === 0);
    }
    case 'merger': {
      const names = c.members.map((m) => provinceName(defs, m, view));
      return t.merger(provinceName(defs, c.unit, view), c.lastYear, provinceName(defs, c.successor, view), c.successorFrom === null ? '' : t.mergerFrom(c.successorFrom), joinAnd(names, t.and));
    }
  }
}

/** An index of the report in the shape the trend view draws summary lines and charts from. */
function trendIndex(ix: ReportIndex): RankedHistory {
  return { index: ix.index, rankKind: ix.rankKind, years: ix.history, breaks: ix.breaks, tableYears: [] };
}

function sourceText(id: string, defs: Definitions): string {
  const s = defs.sources.get(id);
  if (!s) return id;
  const where = s.url ?? (s.repository ? `${s.repository}${s.path ? `/${s.path}` : ''}` : undefined);
  return `${id}: ${s.title}${where ? ` — ${where}` : ''}`;
}

function joinAnd(parts: string[], and: string): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
