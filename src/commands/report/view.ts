import { mergerBlocks, predecessorBlocks } from '../../render/merger-text.js';
import { AS_OF, dayText } from '../../i18n/as-of.js';
import type { ChangeFlag } from '../../analysis/change.js';
import { yearRuns } from '../../model/lookup.js';
import type { ReportReason, ReportResult } from './result.js';
import { COMMON } from '../../i18n/common.js';
import { naText, reportReasonText } from '../../i18n/reasons.js';
import { FLAG_MARKS, FLAGS, RANKS } from '../../i18n/ranks.js';
import { REPORT } from './labels.js';
import { TREND } from '../../i18n/trend.js';
import type { View } from '../../i18n/view.js';
import { reportTargetBlocks } from './targets-section.js';
import type { Definitions } from '../../model/definitions.js';
import type { Block, Cell, Doc } from '../../render/doc.js';
import { GROUPS } from '../../i18n/groups.js';
import { groupText } from '../../render/group-text.js';
import { standingNotes } from '../../render/rank-text.js';
import { NoteRefs } from '../../render/note-refs.js';
import { num, provinceName, rankText, signed } from '../../render/format.js';
import { chartLines, summaryLine, unitNote } from '../../render/history-text.js';
import { coverageSection } from './view-coverage.js';
import { capitalise, caveatText, joinAnd, trendIndex } from './view-notes.js';
import { triageSection } from './view-triage.js';
import { breaksNote, caveatOf, reportedRanksNote, weakestSection } from './view-weakest.js';
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
  // The date of the assignments goes with the headline: one paragraph, not two.
  const asOf = result.asOf !== null ? view.pick(AS_OF).assigned(dayText(result.asOf, view.lang)) : '';
  if (result.dataYear === null) doc.push({ kind: 'paragraph', text: [t.noData(province), asOf].filter(Boolean).join(' ') });
  else doc.push({ kind: 'paragraph', text: [headline(result, defs, view), asOf].filter(Boolean).join(' ') });

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
  const components: string[] = [];
  // Years without the province's composite, by reason across indices: "tỉnh không có trong dữ liệu: PCI 2024; SIPAS 2024".
  const missing = new Map<string, string[]>();
  for (const c of result.caveats) {
    if (c.code === 'coverage' || c.code === 'computed-ranks') continue;
    if (c.code === 'reported-ranks') notes.ref(reportedRanksNote(result, defs, view));
    else if (c.code === 'methodology-break') notes.ref(breaksNote(result, defs, view));
    else if (c.code === 'computed-component-ranks') components.push(`${shortName(c.index)} ${c.year}`);
    else if (c.code === 'missing-years') {
      const byReason = new Map<string, number[]>();
      for (const y of c.years) byReason.set(y.reason, [...(byReason.get(y.reason) ?? []), y.year]);
      for (const [reason, years] of byReason) missing.set(reason, [...(missing.get(reason) ?? []), `${shortName(c.index)} ${yearRuns(years)}`]);
    } else notes.ref(caveatText(c, defs, view, shortName));
  }
  if (missing.size > 0) {
    const parts = [...missing].map(([reason, list]) => `${t.missingReason[reason as keyof typeof t.missingReason]}: ${list.join('; ')}`);
    notes.ref(t.missingYearsAll(parts.join('. ')));
  }
  if (components.length > 0) notes.ref(t.computedComponentRanksOf(joinAnd(components, t.and)));
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
    const rank = s.rank ? rankText(s.rank, view) : t.noRank;
    const places = s.change?.places ?? null;
    // The score only where there is no rank: the table below has both.
    const score = s.score !== null && !s.rank ? `${t.score} ${view.num(s.score, def.precision)}` : '';
    const group = s.group ? view.pick(GROUPS).inline(groupText(defs, ix.index, s.year, s.group, view)) : '';
    return [`${def.shortName} ${s.year}: ${[rank, group, places !== null ? r.places(places) : '', score].filter(Boolean).join(', ')}`];
  });
  const lead = result.year !== null ? t.dataOf(result.year) : t.dataUntil(result.dataYear!);
  return `${lead} ${parts.join('; ')}.`;
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
      ? // The score change as a bare signed number next to the places ("↑12 bậc; +1,9768"), so that the row fits 80 columns unwrapped.
        [ch.places === null ? '' : r.places(ch.places), ch.scoreDelta === null ? '' : signed(ch.scoreDelta, p, view)].filter(Boolean)
      : [];
    return [
      def.shortName,
      String(s.year),
      num(s.score, p, view),
      s.rank ? { text: rankText(s.rank, view) + (s.rank.origin === 'computed' ? tr.computedMark : ''), tone: 'strong' } : '—',
      ch && moves.length > 0
        ? {
            // The year compared with only when it is not the year before (the column says "since the previous year").
            text: `${moves.join('; ')}${ch.fromYear !== s.year - 1 ? ` (${t.changeSince(ch.fromYear)})` : ''}`,
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
