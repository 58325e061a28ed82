import type { TargetsResult } from '../../analysis/targets-check.js';
import { TARGETS } from '../../i18n/targets.js';
import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import type { Doc } from '../../render/doc.js';
import { targetParts, targetsTable } from '../../render/targets-table.js';

/** `chiso targets` as a document: one row per target, then the counts. */
export function targetsDoc(result: TargetsResult, defs: Definitions, view: View): Doc {
  const t = view.pick(TARGETS);
  const k = result.counts;
  return [
    { kind: 'heading', level: 1, text: t.title(result.file) },
    targetsTable(result.checks, defs, view, { line: true, province: true }),
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
    const x = targetParts(c, defs, view);
    const level = c.status === 'missed' ? 'error' : 'warning';
    const text = `${c.provinceName}, ${x.measure}: ${x.status}; ${t.target.toLowerCase()} ${x.target}, ${t.actual.toLowerCase()} ${x.actual}${x.margin ? ` (${x.margin})` : ''}`;
    return [`::${level} file=${prop(result.file)},line=${c.line},title=${prop(t.statuses[c.status])}::${escape(text)}`];
  });
  const k = result.counts;
  lines.push(t.summary(k.met, k.missed, k.notPublished, k.notComparable));
  return lines.join('\n') + '\n';
}
