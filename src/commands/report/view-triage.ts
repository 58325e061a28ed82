import { yearRuns } from '../../model/lookup.js';
import type { ReportResult, TriageItem } from './result.js';
import { reportReasonText } from '../../i18n/reasons.js';
import { RANKS } from '../../i18n/ranks.js';
import { REPORT } from './labels.js';
import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import type { Block } from '../../render/doc.js';
import { flagMarks } from '../../render/rank-text.js';
import { type NoteRefs } from '../../render/note-refs.js';
import { measureName, provinceName, rankText } from '../../render/format.js';
import { basisNote } from './view-weakest.js';
/** The triage lists of the components (the composites' movement is in the summary table). */
export function triageSection(result: ReportResult, defs: Definitions, view: View, notes: NoteRefs): Block[] {
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
export function triageText(item: TriageItem, defs: Definitions, view: View, notes: NoteRefs): string {
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
