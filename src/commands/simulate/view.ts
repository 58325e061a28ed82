import { naText } from '../../i18n/reasons.js';
import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import type { Cell, Doc } from '../../render/doc.js';
import { leadText, measureName, provinceName, signed } from '../../render/format.js';
import { placeMove, placePercentile, placeText } from '../../render/place-text.js';
import { SIMULATE } from './labels.js';
import type { SimulateResult } from './result.js';

/** `chiso simulate` as a document: the changes by component, then the composite and its new place. */
export function simulateDoc(result: SimulateResult, defs: Definitions, view: View): Doc {
  const t = view.pick(SIMULATE);
  const index = defs.indices.get(result.index)!;
  const p = index.precision;
  const nameOf = (code: string) => defs.indices.get(code)?.shortName ?? provinceName(defs, code, view);
  const rows: Cell[][] = result.changes.map((c) => [
    measureName(defs, result.index, result.year, c.code, view),
    view.num(c.before, p),
    { text: view.num(c.after, p), tone: 'strong' },
    view.delta(c.delta, p),
    signed(c.compositePoints, p, view),
    c.placeBefore && c.placeAfter ? placeMove(c.placeBefore, c.placeAfter) : naText(c.placesNa!, view.lang, nameOf),
    leadText(c.department, view),
  ]);
  const doc: Doc = [
    { kind: 'heading', level: 1, text: t.title(index.shortName, result.year, provinceName(defs, result.province, view)) },
    {
      kind: 'table',
      columns: [
        { label: view.pick({ vi: 'Chỉ số thành phần', en: 'Component' }) },
        { label: t.before, align: 'right' },
        { label: t.after, align: 'right' },
        { label: t.change, align: 'right' },
        { label: t.points(index.shortName), align: 'right' },
        { label: t.place },
        { label: t.lead },
      ],
      rows,
    },
  ];
  const c = result.composite;
  if (c) {
    doc.push({ kind: 'paragraph', text: t.composite(index.shortName, view.num(c.before, p), view.num(c.after, p), view.delta(c.delta, p)) });
    if (c.placeBefore && c.placeAfter) {
      const pub = c.publishedRank && c.publishedRank.rank !== c.placeBefore.rank ? ` (${t.published(placeText(c.publishedRank))})` : '';
      doc.push({ kind: 'paragraph', text: t.place2(placeText(c.placeBefore) + pub, placeText(c.placeAfter), placePercentile(c.placeAfter, view)) });
    } else if (c.placesNa) doc.push({ kind: 'paragraph', text: t.noPlace(naText(c.placesNa, view.lang, nameOf)) });
  } else if (result.compositeNa) {
    doc.push({ kind: 'paragraph', text: t.noComposite(index.shortName, naText(result.compositeNa, view.lang, nameOf)) });
  }
  doc.push({ kind: 'paragraph', text: t.held });
  return doc;
}
