import type { TargetCheck, TargetsResult } from '../../analysis/targets-check.js';
import { TARGETS } from '../../i18n/targets.js';
import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import { nameKey } from '../../model/provinces.js';
import type { Block } from '../../render/doc.js';
import { targetParts } from '../../render/targets-table.js';
import type { ProposalItem } from './result.js';

/** The targets a department set itself on one item (same index and measure; names compared in any spelling). */
export function targetsOfItem(targets: TargetsResult, department: string, item: ProposalItem): TargetCheck[] {
  const key = nameKey(department);
  return targets.checks.filter((c) => c.index === item.index && c.measure === item.component && c.department !== null && nameKey(c.department) === key);
}

/**
 * Adds a Mục tiêu (target) column to an item's blank table of solutions, its first row prefilled
 * with the department's targets and how each stands; the item's blocks unchanged without targets.
 */
export function withTargets(blocks: Block[], checks: TargetCheck[] | undefined, defs: Definitions, view: View): Block[] {
  if (checks === undefined) return blocks;
  const t = view.pick(TARGETS);
  const text = checks.map((c) => {
    const x = targetParts(c, defs, view);
    return `${c.year}: ${x.target} (${x.status}${c.actual === null ? '' : `, ${x.actual}`})`;
  });
  const last = blocks[blocks.length - 1];
  if (!last || last.kind !== 'table') return blocks;
  // The printed form has its own objective column (after #): the targets go there.
  const table: Block = view.print
    ? { ...last, rows: last.rows.map((r, i) => [r[0]!, i === 0 ? text.join('; ') : '', ...r.slice(2)]) }
    : {
        kind: 'table',
        columns: [...last.columns.slice(0, 2), { label: t.sectionTitle }, ...last.columns.slice(2)],
        rows: last.rows.map((r, i) => [...r.slice(0, 2), i === 0 ? text.join('; ') : '', ...r.slice(2)]),
      };
  return [...blocks.slice(0, -1), table];
}
