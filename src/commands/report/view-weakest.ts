import type { NaFields, NaReason } from '../../analysis/na.js';
import { yearRuns } from '../../model/lookup.js';
import type { Caveat, ReportReason, ReportResult, ReportWeakest } from './result.js';
import { weakIndicatorBlocks } from '../../render/weak-indicators.js';
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
import { capitalise, caveatText } from './view-notes.js';
/** The lead department of a weak component, as text. */
export function leadOf(w: ReportWeakest, component: string, view: View): string | undefined {
  const d = w.rows.find((r) => r.code === component)?.departments;
  return d ? leadText(d, view) : undefined;
}

/** The text of the report's caveat of a kind for an index (one home for its wording), or the index name when there is none. */
export function caveatOf(result: ReportResult, index: string, code: Caveat['code'], defs: Definitions, view: View): string {
  const shortName = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  const c = result.caveats.find((x) => x.code === code && 'index' in x && x.index === index);
  return c ? caveatText(c, defs, view, shortName) : shortName(index);
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
