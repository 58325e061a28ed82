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
import { basisRef } from './view-weakest.js';
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
    compactList(result.triage.roseOrHeld, defs, view),
    { kind: 'heading', level: 3, text: t.scoreUpRankDown },
    list(result.triage.scoreUpRankDown),
  ];
  // One line per index year and reason, naming the components: the reason is said once.
  const groups = new Map<string, string[]>();
  for (const n of result.triage.notCompared) {
    const key = `${nameOf(n.index)} ${n.year} (${reportReasonText(n.reason, view.lang, nameOf, yearRuns)})`;
    groups.set(key, [...(groups.get(key) ?? []), measureName(defs, n.index, n.year, n.code, view)]);
  }
  // The components are named in the weakest table or the coverage list; here their count and the reason suffice.
  if (groups.size > 0)
    blocks.push({ kind: 'paragraph', text: `${t.notCompared} ${[...groups].map(([k, names]) => t.componentsCount(k, names.length)).join('; ')}.` });
  return blocks;
}

/**
 * What rose or held, one line per index-year ("PCI 2023: Gia nhập thị trường điểm +0,50; …"): the
 * departments and the ranks each way are in `chiso weakest` and on the proposals sheets; here the
 * list only has to say what to keep.
 */
function compactList(items: TriageItem[], defs: Definitions, view: View): Block {
  const t = view.pick(REPORT);
  const groups = new Map<string, string[]>();
  for (const i of items.filter((x) => x.kind !== 'composite')) {
    const def = defs.indices.get(i.index)!;
    const movement =
      i.by === 'rank'
        ? `${rankText(i.rank, view)} (${view.pick(RANKS).places(i.places ?? 0)})`
        : i.scoreDelta !== null
          ? view.delta(i.scoreDelta, def.precision)
          : '';
    const key = `${def.shortName} ${i.year}`;
    groups.set(key, [...(groups.get(key) ?? []), `${measureName(defs, i.index, i.year, i.code, view)} ${movement}`.trim()]);
  }
  return groups.size > 0 ? { kind: 'list', items: [...groups].map(([k, parts]) => `${k}: ${parts.join('; ')}`) } : { kind: 'paragraph', text: t.none };
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
  const who = item.departments ? `${item.departments.lead.join('; ')}${basisRef(item.departments.basis, view, notes)}` : t.noDept;
  return `${def.shortName} ${item.year} — ${measure}: ${movement}${since}${marks.length > 0 ? ` [${marks.join('; ')}]` : ''} — ${who}`;
}
