import type { TargetKind } from '../model/targets.js';
import type { RankInfo } from './ranking.js';
import { denoise, roundTo } from './round.js';
import type { Standing } from './standing.js';

/** Whether a target was reached: met, missed, not yet published, or not comparable with the data. */
export type TargetStatus = 'met' | 'missed' | 'not-published' | 'not-comparable';

/**
 * Why a target is not judged: no table for the year (`no-data`), no value or rank for the province
 * (`no-value`, `no-rank`), the measure is not in that year's methodology (`method-break`), or the
 * province name denotes no unit in that year (`other-unit`, e.g. a province merged in 2025).
 */
export type TargetReason = 'no-data' | 'no-value' | 'no-rank' | 'method-break' | 'other-unit';

/** A target judged against the data. */
export interface TargetJudgement {
  status: TargetStatus;
  /** The actual score, rank or percentile the target is compared with. */
  actual: number | null;
  /** Denominator of an actual rank. */
  of: number | null;
  /** How far from the target, in the target's own unit (positive = better than the target); null when not judged. */
  margin: number | null;
  reason: TargetReason | null;
}

/** A target that cannot be judged, with why. */
export function unjudged(status: 'not-published' | 'not-comparable', reason: TargetReason): TargetJudgement {
  return { status, actual: null, of: null, margin: null, reason };
}

/**
 * Judges a target against a province's standing: a score is met when the published score (at the
 * published precision) reaches it; a rank when the place is at or above it; a percentile when the
 * place's percentile reaches it.
 */
export function judgeTarget(kind: TargetKind, value: number, standing: Standing, precision: number): TargetJudgement {
  if (kind === 'score') {
    if (standing.score === null) return unjudged('not-published', 'no-value');
    const actual = roundTo(standing.score, precision);
    const margin = denoise(actual - value);
    return { status: margin >= 0 ? 'met' : 'missed', actual, of: null, margin, reason: null };
  }
  const rank: RankInfo | null = standing.rank;
  if (!rank) return unjudged('not-published', standing.score === null ? 'no-value' : 'no-rank');
  if (kind === 'rank') {
    const margin = value - rank.rank;
    return { status: margin >= 0 ? 'met' : 'missed', actual: rank.rank, of: rank.of, margin, reason: null };
  }
  const actual = roundTo(rank.percentile * 100, 2);
  const margin = denoise(actual - value);
  return { status: margin >= 0 ? 'met' : 'missed', actual, of: rank.of, margin, reason: null };
}
