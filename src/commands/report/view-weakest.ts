import type { NaFields, NaReason } from '../../analysis/na.js';
import { yearRuns } from '../../model/lookup.js';
import type { Caveat, ReportReason, ReportResult, ReportWeakest } from './result.js';
import { weakIndicatorBlocks } from '../../render/weak-indicators.js';
import type { WeakIndicators } from '../../analysis/weak-indicators.js';
import { COMMON } from '../../i18n/common.js';
import { GAPS } from '../../i18n/gaps.js';
import { reportReasonText } from '../../i18n/reasons.js';
import { REPORT } from './labels.js';
import type { View } from '../../i18n/view.js';
import { WEAKEST } from '../../i18n/weakest.js';
import type { Definitions } from '../../model/definitions.js';
import type { Block, Cell } from '../../render/doc.js';
import { type NoteRefs } from '../../render/note-refs.js';
import type { Basis } from '../../model/departments.js';
import { leadText, measureName, provinceName, rankText } from '../../render/format.js';
import { breakNotes, naNotes } from '../../render/gap-notes.js';
import { capitalise, caveatText, joinAnd } from './view-notes.js';
/** The lead department of a weak component, as text. */
export function leadOf(w: ReportWeakest, component: string, view: View): string | undefined {
  const d = w.rows.find((r) => r.code === component)?.departments;
  return d ? leadText(d, view) : undefined;
}

/** The text of the report's caveat of a kind for an index (one home for its wording), or the index name when there is none. */
export function caveatOf(result: ReportResult, index: string, code: Caveat['code'], defs: Definitions, view: View): string {
  const shortName = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  const c = result.caveats.find((x) => x.code === code && 'index' in x && x.index === index);
  // One note for every index that publishes no ranking, whichever cell points to it first.
  if (c && code === 'reported-ranks') return reportedRanksNote(result, defs, view);
  if (c && code === 'methodology-break') return breaksNote(result, defs, view);
  return c ? caveatText(c, defs, view, shortName) : shortName(index);
}

/** The one note on method changes, each index and year with what changed. */
export function breaksNote(result: ReportResult, defs: Definitions, view: View): string {
  const t = view.pick(REPORT);
  const items = result.caveats.flatMap((x) => {
    if (x.code !== 'methodology-break') return [];
    const what = (view.lang === 'vi' ? x.changeVi : x.changeEn) ?? '';
    return [`${defs.indices.get(x.index)?.shortName ?? x.index} ${x.year}${what ? ` (${what})` : ''}`];
  });
  return t.breaksAll([...new Set(items)].join('; '));
}

/** The one note on reported (press) ranks, naming every index that has them. */
export function reportedRanksNote(result: ReportResult, defs: Definitions, view: View): string {
  const t = view.pick(REPORT);
  const names = result.caveats.flatMap((x) => (x.code === 'reported-ranks' ? [defs.indices.get(x.index)?.shortName ?? x.index] : []));
  return t.reportedRanks(joinAnd([...new Set(names)], t.and));
}

/** The weakest components of every index in one table, then their weakest indicators. */
export function weakestSection(result: ReportResult, defs: Definitions, view: View, notes: NoteRefs): Block[] {
  const t = view.pick(REPORT);
  const c = view.pick(COMMON);
  const g = view.pick(GAPS);
  const wk = view.pick(WEAKEST);
  const nameOf = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  const reasonText = (x: ReportReason | NaReason | null) => (x ? reportReasonText(x, view.lang, nameOf, yearRuns) : c.notAvailable);
  const dash = (x: string | null) => (x === null ? '—' : x);
  const rows: Cell[][] = [];
  const indicators: WeakIndicators[] = [];
  for (const ix of result.indices) {
    const def = defs.indices.get(ix.index)!;
    const w = ix.weakest;
    const label = w ? `${def.shortName} ${w.year}` : def.shortName;
    if (!w || w.reason) {
      // No row of dashes: why the index has no weakest components is a note of its own.
      notes.ref(`${label}: ${capitalise(reasonText(w?.reason ?? ix.reason))}.`);
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
    // What is missing from the rows, in one note: "PAR INDEX 2023: no benchmark …; no change …".
    const missing = [...new Set([...na, ...breakNotes(w.rows, w.year, view)])];
    if (missing.length > 0) refs.push(notes.ref(`${label}: ${missing.map((n) => n.replace(/\.$/, '')).join('; ')}.`));
    if (w.unranked.length > 0) {
      refs.push(
        notes.ref(
          `${label}: ${wk.unranked(w.unranked.map((u) => measureName(defs, ix.index, w.year, u.code, view)).join('; '), reasonText(w.unranked[0]!.reason))}`,
        ),
      );
    }
    w.rows.forEach((r, i) => {
      // The index and year on the first row of each index only: the rows below it are the same index-year.
      const name = i === 0 ? `${label}: ${measureName(defs, ix.index, w.year, r.code, view)}` : measureName(defs, ix.index, w.year, r.code, view);
      rows.push([
        i === 0 && refs.length > 0 ? `${name} ${refs.join(' ')}` : name,
        r.rank ? rankText(r.rank, view) : '—',
        dash(r.score === null ? null : view.num(r.score, p)),
        dash(r.gap === null ? null : view.delta(r.gap, p)),
        r.departments ? `${r.departments.lead.join('; ')}${basisRef(r.departments.basis, view, notes)}` : g.noDept,
      ]);
    });
    // The weakest indicator of each weak component only, under one heading for all indices (its lead is in the table
    // above): `chiso weakest --index X` lists more.
    indicators.push(...w.indicators.map((x) => ({ ...x, indicators: x.indicators.slice(0, 1) })));
  }
  return [
    { kind: 'heading', level: 2, text: t.weakest },
    {
      kind: 'paragraph',
      text: `${t.weakestIntro(result.n)}${anyUnconfirmed(result) ? ` ${t.unmarkedBasis(notes.ref(departmentsNote(result, defs, view)))}` : ''}`,
    },
    rows.length === 0
      ? { kind: 'paragraph', text: c.notAvailable }
      : {
          kind: 'table',
          columns: [
            { label: c.component },
            { label: c.rank, align: 'right' },
            { label: c.score, align: 'right' },
            // No trend column: each component's change since the previous year is in the triage lists (section 3).
            { label: g.gap, align: 'right' },
            { label: g.lead },
          ],
          rows,
        },
    ...weakIndicatorBlocks(indicators, defs, view, 3),
  ];
}

/**
 * The note mark of an assignment's basis, " [3]": none for an unconfirmed one, the common case,
 * which the section's intro states once instead of on every row.
 */
export function basisRef(basis: Basis, view: View, notes: NoteRefs): string {
  return basis === 'unconfirmed' ? '' : ` ${notes.ref(basisNote(basis, view))}`;
}

/** The note on the mapping's assignments (how many unconfirmed), which the unmarked lead departments point to. */
function departmentsNote(result: ReportResult, defs: Definitions, view: View): string {
  const c = result.caveats.find((x) => x.code === 'departments');
  return c ? caveatText(c, defs, view, (id) => defs.indices.get(id)?.shortName ?? id) : basisNote('unconfirmed', view);
}

/** Whether the report names any unconfirmed assignment (weakest rows or triage items). */
function anyUnconfirmed(result: ReportResult): boolean {
  const tr = result.triage;
  const items = [...tr.fell, ...tr.roseOrHeld, ...tr.scoreUpRankDown];
  return (
    result.indices.some((ix) => ix.weakest?.rows.some((r) => r.departments?.basis === 'unconfirmed')) ||
    items.some((i) => i.departments?.basis === 'unconfirmed')
  );
}

/** What a department assignment's basis means, as one note however many assignments share it. */
export function basisNote(basis: Basis, view: View): string {
  const t = view.pick(REPORT);
  return t.assignmentBasis(t.basisCount[basis]);
}

/** "↑ +0,38", "↓ −0,12", "= 0,00", with "†" across a methodology break; "không có" without a change. */
export function trendText(ch: { delta: number | null; trend: 'up' | 'down' | 'same' | null; breaks: unknown[] } | null, decimals: number, view: View): string {
  if (!ch || ch.delta === null || ch.trend === null) return '—';
  const arrow = ch.trend === 'up' ? '↑' : ch.trend === 'down' ? '↓' : '=';
  // A no-break space keeps the arrow with its number when the cell wraps.
  return `${arrow}\u00a0${view.delta(ch.delta, decimals)}${ch.breaks.length > 0 ? ` ${view.pick(GAPS).breakMark}` : ''}`;
}
