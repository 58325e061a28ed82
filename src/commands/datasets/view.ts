import type { DatasetsResult } from './result.js';
import { COMMON } from '../../i18n/common.js';
import { DATASETS } from './labels.js';
import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import type { Doc } from '../../render/doc.js';

/** The datasets overview as a document: one table row per index-year file. */
export function datasetsDoc(result: DatasetsResult, defs: Definitions, view: View): Doc {
  const t = view.pick(DATASETS);
  const c = view.pick(COMMON);
  const nameOf = (code: string) => {
    const p = defs.provinces.byCode.get(code);
    return p ? view.name(p) : code;
  };
  const rows = result.entries.map((e) => [
    defs.indices.get(e.index)?.shortName ?? e.index,
    String(e.year),
    `${e.provinces}/${e.expectedProvinces}`,
    e.withComposite + (e.withComputedComposite > 0 ? ` + ${e.withComputedComposite} ${t.computed}` : ''),
    String(e.withRank),
    e.components.expected === 0
      ? '—'
      : `${e.components.present.length}/${e.components.expected}` +
        (e.components.completeProvinces > 0 ? ` (${e.components.completeProvinces} ${t.complete})` : ''),
    e.aggregates.map(nameOf).join(', '),
    e.methodologyPeriod,
    e.sources.join(', '),
  ]);
  return [
    { kind: 'heading', level: 1, text: t.title },
    rows.length === 0
      ? { kind: 'paragraph', text: t.empty }
      : {
          kind: 'table',
          columns: [
            { label: c.index },
            { label: c.year },
            { label: t.provinces, align: 'right' },
            { label: t.composite, align: 'right' },
            { label: t.ranks, align: 'right' },
            { label: t.components, align: 'right' },
            { label: t.aggregates },
            { label: t.methodology },
            { label: c.source },
          ],
          rows,
        },
    { kind: 'paragraph', text: `${t.folder}: ${result.dataDir}` },
  ];
}
