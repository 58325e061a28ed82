import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import type { Cell, Doc } from '../../render/doc.js';
import { measureName } from '../../render/format.js';
import { TARGETS } from './labels.js';
import type { TargetCheck, TargetsResult } from './result.js';

// Scores at the index's published precision; ranks and percentiles (0–100) as whole numbers.
const precisionOf = (defs: Definitions, c: TargetCheck) => (c.kind === 'score' ? (defs.indices.get(c.index)?.precision ?? 2) : 0);

function parts(c: TargetCheck, defs: Definitions, view: View) {
  const t = view.pick(TARGETS);
  const p = precisionOf(defs, c);
  const index = defs.indices.get(c.index)?.shortName ?? c.index;
  const measure = `${index} ${c.year}: ${measureName(defs, c.index, c.year, c.measure, view)}`;
  const target = `${t.kinds[c.kind]} ${view.num(c.target, p)}`;
  const actual = c.actual === null ? '—' : c.kind === 'rank' ? `${c.actual}/${c.of}` : view.num(c.actual, p);
  const margin = c.margin === null ? '' : c.kind === 'rank' ? t.places(view.delta(c.margin, 0)) : view.delta(c.margin, p);
  const status = t.statuses[c.status] + (c.reason ? ` (${t.reasons[c.reason]})` : '');
  return { measure, target, actual, margin, status };
}

/** `chiso targets` as a document: one row per target, then the counts. */
export function targetsDoc(result: TargetsResult, defs: Definitions, view: View): Doc {
  const t = view.pick(TARGETS);
  const rows: Cell[][] = result.checks.map((c) => {
    const x = parts(c, defs, view);
    const tone = c.status === 'met' ? 'good' : c.status === 'missed' ? 'bad' : 'muted';
    return [String(c.line), c.provinceName, x.measure, x.target, x.actual, x.margin, { text: x.status, tone }, c.department ?? ''];
  });
  const k = result.counts;
  return [
    { kind: 'heading', level: 1, text: t.title(result.file) },
    rows.length > 0
      ? { kind: 'table', columns: [{ label: t.line, align: 'right' }, { label: view.pick({ vi: 'Tỉnh', en: 'Province' }) }, { label: t.measure }, { label: t.target }, { label: t.actual, align: 'right' }, { label: t.margin, align: 'right' }, { label: t.status }, { label: t.department }], rows }
      : { kind: 'paragraph', text: t.empty },
    { kind: 'paragraph', text: t.summary(k.met, k.missed, k.notPublished, k.notComparable) },
  ];
}

/** GitHub Actions annotations: an error on the line of each missed target, a warning for those not judged. */
export function targetsGithub(result: TargetsResult, defs: Definitions, view: View): string {
  const t = view.pick(TARGETS);
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines = result.checks.flatMap((c) => {
    if (c.status === 'met') return [];
    const x = parts(c, defs, view);
    const level = c.status === 'missed' ? 'error' : 'warning';
    const text = `${c.provinceName}, ${x.measure}: ${x.status}; ${t.target.toLowerCase()} ${x.target}, ${t.actual.toLowerCase()} ${x.actual}${x.margin ? ` (${x.margin})` : ''}`;
    return [`::${level} file=${prop(result.file)},line=${c.line},title=${prop(t.statuses[c.status])}::${escape(text)}`];
  });
  const k = result.counts;
  lines.push(t.summary(k.met, k.missed, k.notPublished, k.notComparable));
  return lines.join('\n') + '\n';
}
