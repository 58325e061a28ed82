import { mergerBlocks, predecessorBlocks } from '../../render/merger-text.js';
import { AS_OF, dayText } from '../../i18n/as-of.js';
import type { ChangeFlag } from '../../analysis/change.js';
import type { NaFields, NaReason } from '../../analysis/na.js';
import { yearRuns } from '../../model/lookup.js';
import type { Caveat, ReportCoverage, ReportIndex, ReportReason, ReportResult, ReportWeakest, TriageItem } from './result.js';
import { weakIndicatorBlocks } from '../../render/weak-indicators.js';
import type { RankedHistory } from '../../analysis/rank-history.js';
import { COMMON } from '../../i18n/common.js';
import { GAPS } from '../../i18n/gaps.js';
import { naText, reportReasonText } from '../../i18n/reasons.js';
import { FLAG_MARKS, FLAGS, RANKS } from '../../i18n/ranks.js';
import { REPORT } from './labels.js';
import { TREND } from '../../i18n/trend.js';
import type { View } from '../../i18n/view.js';
import { WEAKEST } from '../../i18n/weakest.js';
import { reportTargetBlocks } from './targets-section.js';
import type { Definitions } from '../../model/definitions.js';
import type { Block, Cell, Doc } from '../../render/doc.js';
import { flagMarks, standingNotes } from '../../render/rank-text.js';
import { NoteRefs } from '../../render/note-refs.js';
import type { Basis } from '../../model/departments.js';
import { leadText, measureName, num, provinceName, rankText, signed } from '../../render/format.js';
import { breakNotes, naNotes } from '../../render/gap-notes.js';
import { chartLines, summaryLine, unitNote } from '../../render/history-text.js';

/**
 * The province report as a document a provincial office can circulate, answer first: the headline
 * (a short paragraph and the summary table, then the rank lines), the weakest components with their
 * departments, triage, the chart, and last coverage, sources and the numbered notes that cells point
 * to, so that each rule or caveat is stated once.
 */
export function reportDoc(result: ReportResult, defs: Definitions, view: View): Doc {
  const t = view.pick(REPORT);
  const notes = new NoteRefs();
  const shortName = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  const unit = [...result.indices].reverse().find((i) => i.province !== null)?.province ?? result.units[result.units.length - 1]!;
  const province = provinceName(defs, unit, view);
  const doc: Block[] = [{ kind: 'heading', level: 1, text: t.title(province) }];
  if (result.dataYear === null) doc.push({ kind: 'paragraph', text: t.noData(province) });
  else doc.push({ kind: 'paragraph', text: headline(result, defs, view) });
  if (result.asOf !== null) doc.push({ kind: 'paragraph', text: view.pick(AS_OF).assigned(dayText(result.asOf, view.lang)) });

  doc.push(...summarySection(result, defs, view, notes));
  doc.push(...predecessorBlocks(result.predecessors, defs, view), ...mergerBlocks(result.mergers, defs, view));
  doc.push(...weakestSection(result, defs, view, notes));
  doc.push(...triageSection(result, defs, view, notes));

  const w = result.window;
  const charts = result.indices.flatMap((ix) => chartLines(trendIndex(ix), defs, view));
  doc.push({ kind: 'heading', level: 2, text: w ? t.chart(w.from, w.to) : t.chartPlain });
  doc.push(
    ...(charts.length > 0 ? [{ kind: 'paragraph' as const, text: view.pick(TREND).chartKey }, ...charts] : [{ kind: 'paragraph' as const, text: t.noChart }]),
  );

  doc.push(...coverageSection(result, defs, view));
  // Caveats no cell pointed to join the numbered notes, after those that cells point to.
  // The same caveat on several indices is one note naming them all.
  const grouped = new Map<string, string[]>();
  for (const c of result.caveats) {
    if (c.code === 'coverage' || c.code === 'computed-ranks') continue;
    if (c.code === 'reported-ranks') grouped.set(c.code, [...(grouped.get(c.code) ?? []), shortName(c.index)]);
    else if (c.code === 'computed-component-ranks') grouped.set(c.code, [...(grouped.get(c.code) ?? []), `${shortName(c.index)} ${c.year}`]);
    else notes.ref(caveatText(c, defs, view, shortName));
  }
  for (const [code, names] of grouped) {
    const joined = joinAnd(names, t.and);
    notes.ref(code === 'reported-ranks' ? t.reportedRanks(joined) : t.computedComponentRanksOf(joined));
  }
  doc.push({ kind: 'heading', level: 2, text: t.notesTitle });
  doc.push(notes.size > 0 ? notes.list() : { kind: 'paragraph', text: t.noCaveats });
  doc.push(...reportTargetBlocks(result, defs, view));
  return doc;
}

/** "Số liệu đến năm 2024. PCI 2023: 63,23 điểm, không có hạng; PAPI 2024: hạng 14/61, ↑12 bậc; …" */
function headline(result: ReportResult, defs: Definitions, view: View): string {
  const t = view.pick(REPORT);
  const r = view.pick(RANKS);
  const parts = result.indices.flatMap((ix) => {
    const s = ix.standing;
    const def = defs.indices.get(ix.index)!;
    if (!s) return [];
    const rank = s.rank ? `${t.rank} ${rankText(s.rank, view)}` : t.noRank;
    const places = s.change?.places ?? null;
    const score = s.score !== null ? `${t.score} ${view.num(s.score, def.precision)}` : '';
    return [`${def.shortName} ${s.year}: ${[rank, places !== null ? r.places(places) : '', score].filter(Boolean).join(', ')}`];
  });
  const lead = result.year !== null ? t.dataOf(result.year) : t.dataUntil(result.dataYear!);
  return `${lead} ${parts.join('; ')}.`;
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
      rows.push([nameOf(ix.index), ix.compositeYear === null ? '—' : String(ix.compositeYear), capitalise(why), '—', '—']);
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
        { label: c.index },
        { label: c.year },
        { label: t.provinceData },
        { label: t.withComposite, align: 'right' },
        { label: t.withComponents, align: 'right' },
      ],
      rows,
    },
    { kind: 'paragraph', text: t.coverageRule(Math.round(result.minCoverage * 100)) },
  ];
  if (sources.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: t.sources }, { kind: 'list', items: sources.map((id) => sourceText(id, defs, view)) });
  }
  return blocks;
}

function coverageRow(cv: ReportCoverage, defs: Definitions, view: View): Cell[] {
  const t = view.pick(REPORT);
  const def = defs.indices.get(cv.index)!;
  const rank =
    cv.provinceRank === 'computed'
      ? t.rankOf.computed
      : cv.provinceRank === 'published'
        ? t.rankOf[def.rankKind === 'reported' ? 'reported' : 'official']
        : t.rankOf.none;
  const what = [t.composite[cv.provinceComposite ?? 'none'], rank, ...(cv.components > 0 ? [t.componentsOf(cv.provinceComponents, cv.components)] : [])];
  return [
    def.shortName,
    String(cv.year),
    capitalise(what.join('; ')),
    `${cv.withComposite}/${cv.expected}`,
    cv.components > 0 ? `${cv.withComponents}/${cv.expected}` : '—',
  ];
}

function summarySection(result: ReportResult, defs: Definitions, view: View, notes: NoteRefs): Block[] {
  const t = view.pick(REPORT);
  const c = view.pick(COMMON);
  const r = view.pick(RANKS);
  const tr = view.pick(TREND);
  const nameOf = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  const reason = (x: ReportReason) => capitalise(reportReasonText(x, view.lang, nameOf, yearRuns));
  const legend = (f: ChangeFlag) => `${view.pick(FLAG_MARKS)[f]}: ${view.pick(FLAGS)[f]}.`;
  const rows: Cell[][] = result.indices.map((ix) => {
    const def = defs.indices.get(ix.index)!;
    const p = def.precision;
    const s = ix.standing;
    if (!s)
      return [
        def.shortName,
        ix.compositeYear === null ? '—' : String(ix.compositeYear),
        '—',
        '—',
        '—',
        notes.ref(ix.reason ? `${def.shortName}: ${reason(ix.reason)}.` : t.noComposite),
      ];
    const ch = s.change;
    const refs = standingNotes(defs, s, view, true).map((n) => notes.ref(`${def.shortName} ${s.year}: ${n}.`));
    if (ch) for (const f of ch.flags.filter((f) => f !== 'methodology-break')) refs.push(`${view.pick(FLAG_MARKS)[f]} ${notes.ref(legend(f))}`);
    if (ch?.flags.includes('methodology-break')) refs.push(notes.ref(caveatOf(result, ix.index, 'methodology-break', defs, view)));
    if (s.score === null && s.rank) refs.push(notes.ref(`${def.shortName} ${s.year}: ${t.rankOnly}.`));
    if (!ch) refs.push(notes.ref(`${def.shortName}: ${reportReasonText({ code: 'no-earlier-data' }, view.lang, nameOf, yearRuns)}.`));
    // With a score now, a missing score change means the earlier year had none (a changed scale or unit is flagged instead).
    if (ch && ch.scoreDelta === null && s.score !== null && !ch.flags.some((f) => f === 'scale-changed' || f === 'unit-changed')) {
      refs.push(notes.ref(`${def.shortName}: ${naText({ code: 'no-previous-value', year: ch.fromYear }, view.lang, nameOf)}.`));
    }
    if (ix.reason) refs.push(notes.ref(`${def.shortName}: ${reason(ix.reason)}.`));
    if (s.rank && s.rank.origin !== 'computed' && ix.rankKind === 'reported') refs.push(notes.ref(caveatOf(result, ix.index, 'reported-ranks', defs, view)));
    const tone = (x: number | null) => (x === null || x === 0 ? undefined : x > 0 ? ('good' as const) : ('bad' as const));
    const moves = ch
      ? [ch.places === null ? '' : r.places(ch.places), ch.scoreDelta === null ? '' : `${t.score} ${signed(ch.scoreDelta, p, view)}`].filter(Boolean)
      : [];
    return [
      def.shortName,
      String(s.year),
      num(s.score, p, view),
      s.rank ? { text: rankText(s.rank, view) + (s.rank.origin === 'computed' ? tr.computedMark : ''), tone: 'strong' } : '—',
      ch && moves.length > 0
        ? {
            text: `${moves.join(', ')} (${t.changeSince(ch.fromYear)})`,
            tone: tone(ch.places ?? (ch.scoreDelta === null ? null : Number(ch.scoreDelta.toFixed(p)))),
          }
        : '—',
      refs.join(' '),
    ];
  });
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: t.summary },
    {
      kind: 'table',
      columns: [
        { label: c.index },
        { label: c.year },
        { label: c.score, align: 'right' },
        { label: c.rank, align: 'right' },
        { label: t.change },
        { label: t.noteMark },
      ],
      rows,
    },
  ];
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

/** The text of the report's caveat of a kind for an index (one home for its wording), or the index name when there is none. */
function caveatOf(result: ReportResult, index: string, code: Caveat['code'], defs: Definitions, view: View): string {
  const shortName = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  const c = result.caveats.find((x) => x.code === code && 'index' in x && x.index === index);
  return c ? caveatText(c, defs, view, shortName) : shortName(index);
}

function weakestSection(result: ReportResult, defs: Definitions, view: View, notes: NoteRefs): Block[] {
  const t = view.pick(REPORT);
  const c = view.pick(COMMON);
  const g = view.pick(GAPS);
  const wk = view.pick(WEAKEST);
  const nameOf = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  const reasonText = (x: ReportReason | NaReason | null) => (x ? reportReasonText(x, view.lang, nameOf, yearRuns) : c.notAvailable);
  const dash = (x: string | null) => (x === null ? '—' : x);
  const rows: Cell[][] = [];
  const indicators: Block[] = [];
  for (const ix of result.indices) {
    const def = defs.indices.get(ix.index)!;
    const w = ix.weakest;
    const label = w ? `${def.shortName} ${w.year}` : def.shortName;
    if (!w || w.reason) {
      rows.push([`${label} ${notes.ref(`${label}: ${capitalise(reasonText(w?.reason ?? ix.reason))}.`)}`, '—', '—', '—', '—', '—']);
      continue;
    }
    const p = def.precision;
    const refs: string[] = [];
    if (w.fellBack) refs.push(notes.ref(`${label}: ${wk.fellBack(wk.bys.rank, reasonText(w.fallbackReason))}`));
    const shown: (keyof NaFields)[] = ['score', 'rank', 'benchmark', 'gap', 'change'];
    const na = naNotes(
      w.rows.map((r) => ({
        name: measureName(defs, ix.index, w.year, r.code, view),
        kind: r.kind,
        na: Object.fromEntries(shown.filter((f) => r.na[f]).map((f) => [f, r.na[f]])),
      })),
      view,
      defs,
    );
    for (const n of [...new Set([...na, ...breakNotes(w.rows, w.year, view)])]) refs.push(notes.ref(`${label}: ${n}`));
    if (w.unranked.length > 0) {
      refs.push(
        notes.ref(
          `${label}: ${wk.unranked(w.unranked.map((u) => measureName(defs, ix.index, w.year, u.code, view)).join('; '), reasonText(w.unranked[0]!.reason))}`,
        ),
      );
    }
    w.rows.forEach((r, i) => {
      const name = `${label}: ${measureName(defs, ix.index, w.year, r.code, view)}`;
      rows.push([
        i === 0 && refs.length > 0 ? `${name} ${refs.join(' ')}` : name,
        r.rank ? rankText(r.rank, view) : '—',
        dash(r.score === null ? null : view.num(r.score, p)),
        dash(r.gap === null ? null : view.delta(r.gap, p)),
        trendText(r.change, p, view),
        r.departments ? `${r.departments.lead.join('; ')} ${notes.ref(basisNote(r.departments.basis, view))}` : g.noDept,
      ]);
    });
    indicators.push(...weakIndicatorBlocks(w.indicators, defs, view, 3, (x) => leadOf(w, x.component, view)));
  }
  return [
    { kind: 'heading', level: 2, text: t.weakest },
    { kind: 'paragraph', text: t.weakestIntro(result.n) },
    {
      kind: 'table',
      columns: [
        { label: c.component },
        { label: c.rank, align: 'right' },
        { label: c.score, align: 'right' },
        { label: g.gap, align: 'right' },
        { label: wk.trend(null), align: 'right' },
        { label: g.lead },
      ],
      rows,
    },
    ...indicators,
  ];
}

/** What a department assignment's basis means, as one note however many assignments share it. */
function basisNote(basis: Basis, view: View): string {
  const t = view.pick(REPORT);
  return t.assignmentBasis(t.basisCount[basis]);
}

function triageSection(result: ReportResult, defs: Definitions, view: View, notes: NoteRefs): Block[] {
  const t = view.pick(REPORT);
  const nameOf = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  // The composites' movement is in the summary table; here only the components, so that nothing is said twice.
  const list = (items: TriageItem[]): Block => {
    const own = items.filter((i) => i.kind !== 'composite');
    return own.length > 0 ? { kind: 'list', items: own.map((i) => triageText(i, defs, view, notes)) } : { kind: 'paragraph', text: t.none };
  };
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: t.triage },
    { kind: 'paragraph', text: `${t.triageIntro} ${t.triageComponents}` },
    { kind: 'heading', level: 3, text: t.fell },
    list(result.triage.fell),
    { kind: 'heading', level: 3, text: t.roseOrHeld },
    list(result.triage.roseOrHeld),
    { kind: 'heading', level: 3, text: t.scoreUpRankDown },
    list(result.triage.scoreUpRankDown),
  ];
  // One line per index year and reason, naming the components: the reason is said once.
  const groups = new Map<string, string[]>();
  for (const n of result.triage.notCompared) {
    const key = `${nameOf(n.index)} ${n.year} (${reportReasonText(n.reason, view.lang, nameOf, yearRuns)})`;
    groups.set(key, [...(groups.get(key) ?? []), measureName(defs, n.index, n.year, n.code, view)]);
  }
  if (groups.size > 0)
    blocks.push({ kind: 'paragraph', text: t.notCompared }, { kind: 'list', items: [...groups].map(([k, names]) => `${k}: ${names.join('; ')}`) });
  return blocks;
}

/** "PAPI 2024 — Cung ứng dịch vụ công: hạng 40/61 → 40/61, giữ hạng; điểm +0,1564 — Sở Y tế [3]" (the previous year only when it is not the year before). */
function triageText(item: TriageItem, defs: Definitions, view: View, notes: NoteRefs): string {
  const t = view.pick(REPORT);
  const def = defs.indices.get(item.index)!;
  const p = def.precision;
  const measure = measureName(defs, item.index, item.year, item.code, view);
  const since = item.fromYear !== item.year - 1 ? ` (${t.changeSince(item.fromYear)})` : '';
  const rankPart = `${t.rank} ${rankText(item.rankFrom, view)} → ${rankText(item.rank, view)}, ${view.pick(RANKS).places(item.places ?? 0)}`;
  const scorePart = item.scoreDelta !== null ? `${t.score} ${view.delta(item.scoreDelta, p)}` : '';
  const movement = item.by === 'rank' ? [rankPart, scorePart].filter(Boolean).join('; ') : scorePart;
  const marks = flagMarks(
    item.flags.filter((f) => f !== 'score-up-rank-down' && f !== 'score-down-rank-up'),
    view,
  );
  const who = item.departments ? `${item.departments.lead.join('; ')} ${notes.ref(basisNote(item.departments.basis, view))}` : t.noDept;
  return `${def.shortName} ${item.year} — ${measure}: ${movement}${since}${marks.length > 0 ? ` [${marks.join('; ')}]` : ''} — ${who}`;
}

/** "↑ +0,38", "↓ −0,12", "= 0,00", with "†" across a methodology break; "không có" without a change. */
function trendText(ch: { delta: number | null; trend: 'up' | 'down' | 'same' | null; breaks: unknown[] } | null, decimals: number, view: View): string {
  if (!ch || ch.delta === null || ch.trend === null) return '—';
  const arrow = ch.trend === 'up' ? '↑' : ch.trend === 'down' ? '↓' : '=';
  // A no-break space keeps the arrow with its number when the cell wraps.
  return `${arrow}\u00a0${view.delta(ch.delta, decimals)}${ch.breaks.length > 0 ? ` ${view.pick(GAPS).breakMark}` : ''}`;
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
      return t.merger(
        provinceName(defs, c.unit, view),
        c.lastYear,
        provinceName(defs, c.successor, view),
        c.successorFrom === null ? '' : t.mergerFrom(c.successorFrom),
        joinAnd(names, t.and),
      );
    }
  }
}

/** An index of the report in the shape the trend view draws summary lines and charts from. */
function trendIndex(ix: ReportIndex): RankedHistory {
  return { index: ix.index, rankKind: ix.rankKind, years: ix.history, breaks: ix.breaks, tableYears: [] };
}

function sourceText(id: string, defs: Definitions, view: View): string {
  const s = defs.sources.get(id);
  if (!s) return id;
  const title = view.lang === 'vi' ? (s.titleVi ?? s.title) : s.title;
  const where = s.url ?? (s.repository ? `${s.repository}${s.path ? `/${s.path}` : ''}` : undefined);
  return `${id}: ${title}${where ? ` — ${where}` : ''}`;
}

function joinAnd(parts: string[], and: string): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
