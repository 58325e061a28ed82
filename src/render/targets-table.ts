import type { TargetCheck } from '../analysis/targets-check.js';
import { TARGETS } from '../i18n/targets.js';
import type { View } from '../i18n/view.js';
import type { Definitions } from '../model/definitions.js';
import type { Block, Cell } from './doc.js';
import { measureName } from './format.js';

// Scores at the index's published precision; ranks and percentiles (0–100) as whole numbers.
const precisionOf = (defs: Definitions, c: TargetCheck) => (c.kind === 'score' ? (defs.indices.get(c.index)?.precision ?? 2) : 0);

/** The texts of one judged target: measure, target, actual, margin and status. */
export function targetParts(c: TargetCheck, defs: Definitions, view: View) {
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

/** Judged targets as a table (with the file line and province when asked), or a line saying there are none. */
export function targetsTable(checks: TargetCheck[], defs: Definitions, view: View, opts: { line: boolean; province: boolean }): Block {
  const t = view.pick(TARGETS);
  if (checks.length === 0) return { kind: 'paragraph', text: t.empty };
  const rows: Cell[][] = checks.map((c) => {
    const x = targetParts(c, defs, view);
    const tone = c.status === 'met' ? 'good' : c.status === 'missed' ? 'bad' : 'muted';
    return [
      ...(opts.line ? [String(c.line)] : []),
      ...(opts.province ? [c.provinceName] : []),
      x.measure,
      x.target,
      x.actual,
      x.margin,
      { text: x.status, tone },
      c.department ?? '',
    ];
  });
  return {
    kind: 'table',
    columns: [
      ...(opts.line ? [{ label: t.line, align: 'right' as const }] : []),
      ...(opts.province ? [{ label: t.province }] : []),
      { label: t.measure },
      { label: t.target },
      { label: t.actual, align: 'right' },
      { label: t.margin, align: 'right' },
      { label: t.status },
      { label: t.department },
    ],
    rows,
  };
}
