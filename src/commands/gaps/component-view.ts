import type { Definitions } from '../../model/definitions.js';
import type { View } from '../../i18n/view.js';
import { INDICATORS } from '../../i18n/indicators.js';
import type { Doc } from '../../render/doc.js';
import { leadText, measureName, provinceName } from '../../render/format.js';
import { indicatorGapText, indicatorRank, indicatorValue } from '../../render/indicator-format.js';
import type { ComponentGapsResult } from './component-result.js';

/** The indicators of one component as a document: one row per indicator, worst gap shown negative. */
export function componentGapsDoc(result: ComponentGapsResult, defs: Definitions, view: View): Doc {
  const t = view.pick(INDICATORS);
  const index = defs.indices.get(result.index)!;
  const component = measureName(defs, result.index, result.year, result.component, view);
  const best = (codes: string[]) => codes.map((c) => provinceName(defs, c, view)).join(', ');
  const hasShare = result.indicators.some((g) => g.unit?.startsWith('share'));
  return [
    { kind: 'heading', level: 1, text: t.title(index.shortName, result.year, component, provinceName(defs, result.province, view)) },
    {
      kind: 'paragraph',
      text: t.intro(result.provinces, result.units, t.sources[result.source], leadText(result.departments, view)) + (hasShare ? ` ${t.shareNote}` : ''),
    },
    {
      kind: 'table',
      columns: [
        { label: t.indicator },
        { label: t.value, align: 'right' },
        { label: t.rank, align: 'right' },
        { label: t.median, align: 'right' },
        { label: t.gap, align: 'right' },
        { label: t.best },
        { label: t.direction },
      ],
      rows: result.indicators.map((g) => [
        view.name(g),
        indicatorValue(g.value, g.unit, view),
        indicatorRank(g, view),
        indicatorValue(g.median, g.unit, view),
        { text: indicatorGapText(g.gap, g.unit, view), tone: g.gap !== null && g.gap < 0 ? ('bad' as const) : undefined },
        g.best ? `${best(g.best.provinces)} (${indicatorValue(g.best.value, g.unit, view)})` : indicatorValue(null, g.unit, view),
        t.directions[g.direction],
      ]),
    },
  ];
}
