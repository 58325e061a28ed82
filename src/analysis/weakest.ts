import type { Gap } from './gaps.js';

/** Orders for "weakest": percentile rank, gap as a share of the maximum, weighted gap, or own score as a share of the maximum. */
export const WEAKEST_BY = ['rank', 'gap', 'weighted-gap', 'score'] as const;
export type WeakestBy = (typeof WEAKEST_BY)[number];

/** A gap to be ordered, with the maximum of its index's composite (to compare composite points across indices). */
export interface WeakCandidate {
  gap: Gap;
  compositeMax: number;
}

/**
 * How weak a gap is under a criterion — lower is weaker — on scales that compare across
 * components and indices: percentile rank (0 = last), gap / max, weighted gap / composite max,
 * score / max. Null when the criterion cannot be computed for it.
 */
export function weaknessKey(c: WeakCandidate, by: WeakestBy): number | null {
  const g = c.gap;
  switch (by) {
    case 'rank':
      return g.rank?.percentile ?? null;
    case 'gap':
      return g.gapShare;
    case 'weighted-gap':
      return g.weightedGap === null ? null : g.weightedGap / c.compositeMax;
    case 'score':
      return g.score === null || g.max === null ? null : g.score / g.max;
  }
}

/** The weakest candidates, the criterion actually used, and those it could not order. */
export interface WeakestPick<T> {
  picked: T[];
  by: WeakestBy;
  /** True when `by` could be computed for none and own scores were used instead. */
  fellBack: boolean;
  /** Candidates with a score but no value for the criterion (listed, not ranked). */
  unranked: T[];
}

/**
 * The `n` weakest of the candidates that have a score. When the criterion can be computed for none
 * of them (e.g. ranks with 3 of 63 provinces), `fallback` orders by own score as a share of the
 * maximum instead — the data still say which component is lowest, just not against whom.
 */
export function weakestComponents<T extends WeakCandidate>(candidates: T[], by: WeakestBy, n: number, fallback = true): WeakestPick<T> {
  const scored = candidates.filter((c) => c.gap.score !== null);
  const keyed = scored.map((c) => ({ c, key: weaknessKey(c, by) }));
  const ranked = keyed.filter((k) => k.key !== null);
  if (ranked.length === 0 && fallback && by !== 'score' && scored.length > 0) {
    return { ...weakestComponents(candidates, 'score', n, false), fellBack: true };
  }
  const tie = (a: T, b: T) => (a.gap.gapShare ?? Infinity) - (b.gap.gapShare ?? Infinity) || a.gap.code.localeCompare(b.gap.code);
  ranked.sort((a, b) => a.key! - b.key! || tie(a.c, b.c));
  return { picked: ranked.slice(0, n).map((k) => k.c), by, fellBack: false, unranked: keyed.filter((k) => k.key === null).map((k) => k.c) };
}
