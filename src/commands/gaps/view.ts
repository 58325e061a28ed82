import { AS_OF, dayText } from '../../i18n/as-of.js';
import type { Gap } from '../../analysis/gaps.js';
import type { NaFields } from '../../analysis/na.js';
import type { GapsResult } from './result.js';
import { COMMON } from '../../i18n/common.js';
import { GAPS } from '../../i18n/gaps.js';
import { RANKS } from '../../i18n/ranks.js';
import type { View } from '../../i18n/view.js';
import { type Definitions } from '../../model/definitions.js';
import type { Cell, Doc } from '../../render/doc.js';
import { changeText, leadText, measureName, num, provinceName, rankText, share, signed } from '../../render/format.js';
import { fragilityBlocks } from '../../render/fragility-section.js';
import { benchmarkShort, benchmarkText, breakNotes, naNotes } from '../../render/gap-notes.js';

/** Component gaps as a document: one row per component, the composite last, then the reasons for every "n/a". */
export function gapsDoc(result: GapsResult, defs: Definitions, view: View): Doc {
  const t = view.pick(GAPS);
  const index = defs.indices.get(result.index)!;
  const p = index.precision;
  const rows = [...result.components, result.composite];
  const label = (g: Gap) => measureName(defs, result.index, result.year, g.code, view);
  // An aggregate's missing ranks are said once (aggregateNote), not per measure.
  const notes = [
    ...(result.aggregate ? [view.pick(RANKS).aggregateNote(provinceName(defs, result.province, view))] : []),
    ...naNotes(
      rows.map((g) => ({ name: label(g), kind: g.kind, na: result.aggregate ? withoutRank(g.na) : g.na })),
      view,
      defs,
    ),
    ...breakNotes(rows, result.year, view),
  ];
  if (result.weightedGapSum !== null && result.composite.gap !== null) {
    notes.push(`${t.weightedSum(view.delta(result.weightedGapSum, p), view.delta(result.composite.gap, p), index.shortName)} ${t.weightedSumExplained}`);
  }
  // The departments are a province's: a national figure has none.
  if (!result.aggregate) notes.push(t.deptFile(result.departmentsFile), view.pick(AS_OF).both(String(result.year), dayText(result.asOf, view.lang)));
  return [
    { kind: 'heading', level: 1, text: t.title(index.shortName, result.year, provinceName(defs, result.province, view)) },
    {
      kind: 'paragraph',
      text: `${t.benchmarkIs}: ${benchmarkText(result.benchmark, result.components.length > 0 ? result.components : [result.composite], defs, view, result.province)}. ${t.methodology(result.methodology.period, t.rules[result.methodology.aggregation])}.`,
    },
    {
      kind: 'table',
      columns: [
        { label: view.pick(COMMON).component },
        { label: view.pick(COMMON).score, align: 'right' },
        // An aggregate has no rank (one note says so) and no department.
        ...(result.aggregate ? [] : [{ label: view.pick(COMMON).rank, align: 'right' as const }]),
        { label: benchmarkShort(result.benchmark, defs, view), align: 'right' },
        { label: t.gap, align: 'right' },
        { label: t.gapShare, align: 'right' },
        { label: t.weighted(index.shortName), align: 'right' },
        { label: result.previousYear === null ? t.changeNone : t.change(result.previousYear), align: 'right' },
        ...(result.aggregate ? [] : [{ label: t.lead }]),
      ],
      rows: rows.map((g) => {
        const strong = g.kind === 'composite';
        const cells: Cell[] = [
          label(g),
          num(g.score, p, view),
          ...(result.aggregate ? [] : [rankText(g.rank, view)]),
          num(g.benchmark.value, p, view),
          signed(g.gap, p, view),
          share(g.gapShare, view),
          signed(g.weightedGap, p, view),
          changeText(g, p, view),
          ...(result.aggregate ? [] : [leadText(g.departments, view)]),
        ];
        return strong ? cells.map((c) => ({ text: typeof c === 'string' ? c : c.text, tone: 'strong' as const })) : cells;
      }),
    },
    ...fragilityBlocks(result.fragility, p, view),
    { kind: 'heading', level: 2, text: t.notes },
    { kind: 'list', items: notes },
  ];
}

/** The reasons of a gap without the rank's (an aggregate's missing ranks are one note of their own). */
function withoutRank(na: NaFields): NaFields {
  return Object.fromEntries(Object.entries(na).filter(([field]) => field !== 'rank'));
}
