import { denoise } from './round.js';

/** A component the plan may raise: its score, composite points per unit, and the highest score allowed. */
export interface PlanInput {
  code: string;
  current: number;
  pointsPerUnit: number;
  upper: number;
}

/** The least-total-rise plan: the rise of each component used, and what it reaches. */
export interface Plan {
  rises: { code: string; rise: number; points: number }[];
  totalRise: number;
  /** Composite points the plan adds (at least `needed` when feasible). */
  points: number;
  feasible: boolean;
}

/**
 * The plan with the least total rise that adds at least `needed` composite points, each
 * component raised in whole published steps (`step`, e.g. 0.01) and at most to its `upper` score.
 *
 * Why cheapest-weight-first is exact: the problem is min Σ xᵢ subject to Σ wᵢ·xᵢ ≥ needed and
 * 0 ≤ xᵢ ≤ uᵢ, one linear constraint with box bounds (a fractional covering knapsack). Every step
 * of rise costs the same (one step of total rise) and buys wᵢ·step composite points, so a plan of
 * k steps adds at most the sum of the k largest available step values; taking steps in order of
 * weight, largest first, attains that sum for every k, hence reaches `needed` with the fewest
 * steps. Any other plan of k steps swaps some step of a heavier component for a lighter one and
 * adds no more points. Equal weights are interchangeable; we raise the lower score first.
 */
export function leastRisePlan(items: PlanInput[], needed: number, step: number): Plan {
  const order = [...items]
    .filter((i) => i.pointsPerUnit > 0)
    .sort((a, b) => b.pointsPerUnit - a.pointsPerUnit || a.current - b.current || (a.code < b.code ? -1 : 1));
  const rises: Plan['rises'] = [];
  let points = 0;
  let steps = 0;
  for (const item of order) {
    const remaining = denoise(needed - points);
    if (remaining <= 0) break;
    const room = Math.floor(denoise((item.upper - item.current) / step));
    const perStep = item.pointsPerUnit * step;
    const want = Math.ceil(denoise(remaining / perStep));
    const n = Math.max(0, Math.min(room, want));
    if (n === 0) continue;
    steps += n;
    points = denoise(points + n * perStep);
    rises.push({ code: item.code, rise: denoise(n * step), points: denoise(n * perStep) });
  }
  return { rises, totalRise: denoise(steps * step), points, feasible: denoise(needed - points) <= 0 };
}

/** The rise of one component alone that adds `needed` points, in whole steps (undefined when it adds none). */
export function soloRise(pointsPerUnit: number, needed: number, step: number): number | undefined {
  if (pointsPerUnit <= 0) return undefined;
  if (needed <= 0) return 0;
  return denoise(Math.ceil(denoise(needed / (pointsPerUnit * step))) * step);
}
