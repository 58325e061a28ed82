import type { Period, YearTable } from '../model/types.js';
import { compositeOf, compositePointsPerUnit, mainComponents } from './composite.js';
import { coverageSuffices, MIN_COVERAGE } from './coverage.js';
import type { NaReason } from './na.js';
import { othersOf, placeAmong, stepOf, type Place } from './place.js';
import { denoise } from './round.js';
import { compositeScores, componentScores } from './simulate.js';
import { leastRisePlan, soloRise, type PlanInput } from './target-plan.js';

/** What the province aims at on the composite (a percentile on the 0–100 scale of the rank tables). */
export type Goal = { kind: 'rank'; rank: number } | { kind: 'percentile'; percentile: number } | { kind: 'score'; score: number };

/** How far a plan may raise a component: by at most `value` points, or to the year's best score. */
export type Cap = { kind: 'rise'; value: number } | { kind: 'best' };

/** One component raised alone to reach the goal. */
export interface SoloRise {
  code: string;
  current: number;
  pointsPerUnit: number;
  max: number | null;
  /** Best score of any province that year. */
  best: number;
  rise: number;
  after: number;
  withinMax: boolean;
  withinBest: boolean;
}

/** The least-total-rise plan, with the score and place it reaches. */
export interface TargetPlan {
  rises: { code: string; rise: number; points: number; after: number }[];
  totalRise: number;
  points: number;
  feasible: boolean;
  reached: { score: number; place: Place };
}

/** Everything `target` works out for one province, index-year and goal. */
export interface TargetAnalysis {
  current: { score: number; origin: 'published' | 'computed'; place: Place } | null;
  /** The place aimed at (rank goals, and percentile goals turned into a place); null for a score goal. */
  rank: number | null;
  /** Composite score to reach; null when the goal needs none (already met) or no score is known. */
  threshold: number | null;
  needed: number | null;
  neededNa: NaReason | null;
  met: boolean;
  solo: SoloRise[];
  plan: TargetPlan | null;
  planNa: NaReason | null;
}

/** The place a percentile asks for: the lowest place whose percentile is at least p. */
export function rankForPercentile(p: number, of: number): number {
  return of <= 1 ? 1 : Math.max(1, Math.floor(denoise(of - (p / 100) * (of - 1))));
}

/**
 * What reaching a composite goal takes: the points needed (a rank is reached by strictly passing
 * the province now at that place, at the published precision, since published tie-breaks are
 * not one rule), each component's rise alone, and the least-total-rise plan within the bounds.
 */
export function analyseTarget(
  table: YearTable,
  period: Period,
  province: string,
  goal: Goal,
  precision: number,
  opts: { only?: string[]; cap?: Cap; expected?: number } = {},
): TargetAnalysis {
  const row = table.rows.find((r) => r.province === province);
  const c = row ? compositeOf(row, period) : undefined;
  const scores = compositeScores(table, period);
  const others = othersOf(scores, province);
  const step = stepOf(precision);
  const none = (reason: NaReason): TargetAnalysis => ({
    current: null,
    rank: null,
    threshold: null,
    needed: null,
    neededNa: reason,
    met: false,
    solo: [],
    plan: null,
    planNa: reason,
  });
  if (!row || !c) return none({ code: 'no-score' });
  // A place among too few published composites (PCI 2023: the top 30 only) is no place to aim at.
  const expected = opts.expected ?? scores.length;
  if (goal.kind !== 'score' && !coverageSuffices(scores.length, expected))
    return none({ code: 'coverage', have: scores.length, of: expected, minShare: MIN_COVERAGE });
  const place = placeAmong(others, c.value, precision);
  const current = { score: c.value, origin: c.origin, place };
  let rank: number | null = null;
  let threshold: number;
  if (goal.kind === 'score') threshold = goal.score;
  else {
    rank = goal.kind === 'rank' ? goal.rank : rankForPercentile(goal.percentile, others.length + 1);
    const sorted = [...others].sort((a, b) => b - a);
    threshold = rank > sorted.length || place.rank <= rank ? c.value : denoise(sorted[rank - 1]! + step);
  }
  const needed = Math.max(0, denoise(threshold - c.value));
  const met = needed === 0;
  const base = { current, rank, threshold: met ? null : threshold, needed, neededNa: null, met };
  if (period.aggregation === 'unknown') return { ...base, solo: [], plan: null, planNa: { code: 'rule-unknown', period: period.id } };

  const parts = mainComponents(period).filter((p) => row.values[p.code] !== undefined && (!opts.only || opts.only.includes(p.code)));
  const inputs: (PlanInput & { max: number | null; best: number })[] = parts.map((p) => {
    const cur = row.values[p.code]!;
    const best = Math.max(...componentScores(table, p.code).map((s) => s.value));
    const max = p.max ?? Number.POSITIVE_INFINITY;
    const cap = opts.cap === undefined ? max : opts.cap.kind === 'best' ? Math.max(cur, best) : cur + opts.cap.value;
    return { code: p.code, current: cur, pointsPerUnit: compositePointsPerUnit(period, p.code) ?? 0, upper: Math.min(max, cap), max: p.max ?? null, best };
  });
  const solo: SoloRise[] = inputs.flatMap((i) => {
    const rise = soloRise(i.pointsPerUnit, needed, step);
    if (rise === undefined) return [];
    const after = denoise(i.current + rise);
    return [
      {
        code: i.code,
        current: i.current,
        pointsPerUnit: i.pointsPerUnit,
        max: i.max,
        best: i.best,
        rise,
        after,
        withinMax: i.max === null || after <= i.max,
        withinBest: after <= i.best,
      },
    ];
  });
  const p = leastRisePlan(inputs, needed, step);
  const score = denoise(c.value + p.points);
  const plan: TargetPlan = {
    rises: p.rises.map((r) => ({ ...r, after: denoise(inputs.find((i) => i.code === r.code)!.current + r.rise) })),
    totalRise: p.totalRise,
    points: p.points,
    feasible: p.feasible,
    reached: { score, place: placeAmong(others, score, precision) },
  };
  return { ...base, solo, plan, planNa: null };
}
