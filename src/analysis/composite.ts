import type { ComponentDef, Observation, Period } from '../model/types.js';

/** A composite score and whether the owner published it or it follows from the published rule. */
export interface CompositeValue {
  value: number;
  origin: 'published' | 'computed';
}

/** Level-1 components of a period (not sub-components, not alternate composites); one shared list per period, never to be changed. */
export function mainComponents(period: Period): ComponentDef[] {
  // Asked for once per row by aggregate: filtering a period of many components each time was most of a report's composite work.
  let got = mainMemo.get(period);
  if (!got) mainMemo.set(period, (got = period.components.filter((c) => c.kind === 'component')));
  return got;
}

const mainMemo = new WeakMap<Period, ComponentDef[]>();

/**
 * The composite a period's rule gives for these component values: weighted mean rescaled to the
 * composite maximum, or plain sum. Undefined when the rule is unknown or a component is missing.
 */
export function aggregate(period: Period, values: Record<string, number>): number | undefined {
  if (period.aggregation === 'unknown') return undefined;
  const parts = mainComponents(period);
  if (parts.length === 0 || parts.some((c) => values[c.code] === undefined)) return undefined;
  if (period.aggregation === 'sum') return parts.reduce((s, c) => s + values[c.code]!, 0);
  const totalWeight = parts.reduce((s, c) => s + c.weight!, 0);
  return (parts.reduce((s, c) => s + (c.weight! * values[c.code]!) / c.max!, 0) / totalWeight) * period.compositeMax;
}

/** Composite points one unit of a component is worth under the period's rule; undefined when the rule is unknown. */
export function compositePointsPerUnit(period: Period, code: string): number | undefined {
  let points = pointsMemo.get(period);
  if (!points) {
    // Once per period: the per-component answer needs the total weight of all of them.
    const parts = mainComponents(period);
    const totalWeight = parts.reduce((s, p) => s + (p.weight ?? 0), 0);
    points = new Map();
    for (const c of parts) {
      if (period.aggregation === 'unknown') points.set(c.code, undefined);
      else if (period.aggregation === 'sum') points.set(c.code, 1);
      else
        points.set(
          c.code,
          c.weight !== undefined && c.max !== undefined && totalWeight > 0 ? (c.weight / totalWeight) * (period.compositeMax / c.max) : undefined,
        );
    }
    pointsMemo.set(period, points);
  }
  return points.get(code);
}

const pointsMemo = new WeakMap<Period, Map<string, number | undefined>>();

/** The published composite, or the one computed by the known rule from a complete set of components. */
export function compositeOf(row: Observation, period: Period): CompositeValue | undefined {
  if (row.composite !== undefined) return { value: row.composite, origin: 'published' };
  const value = aggregate(period, row.values);
  return value === undefined ? undefined : { value, origin: 'computed' };
}

/** Sub-component codes of each parent component of a period. */
export function childrenOf(period: Period): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of period.components) if (c.parent) out.set(c.parent, [...(out.get(c.parent) ?? []), c.code]);
  return out;
}

/** Sum of the sub-components present (of the given codes); undefined when none is present. */
export function subSum(children: string[], values: Record<string, number>): number | undefined {
  let sum: number | undefined;
  for (const code of children) if (values[code] !== undefined) sum = (sum ?? 0) + values[code]!;
  return sum;
}
