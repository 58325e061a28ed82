import type { DepartmentGap, IndexGaps } from './index-gaps.js';
import type { NaReason } from './na.js';
import { weakestComponents, type WeakestBy } from './weakest.js';

/** The weakest components of one index-year under an order, and what the order could not place. */
export interface WeakestOfYear {
  /** The order actually used (`score` when the requested one could be computed for no component). */
  by: WeakestBy;
  fellBack: boolean;
  /** Why `by` could not be used, when it fell back. */
  fallbackReason: NaReason | null;
  /** Components with a score that the order could not place. */
  unranked: { code: string; reason: NaReason | null }[];
  rows: DepartmentGap[];
}

/** The n weakest components of one index-year under an order (falling back to own score when none can be ordered), with why the rest could not be ordered. */
export function pickWeakest(gaps: IndexGaps, by: WeakestBy, n: number): WeakestOfYear {
  const candidates = gaps.components.map((gap) => ({ gap, compositeMax: gaps.methodology.compositeMax }));
  const pick = weakestComponents(candidates, by, n);
  return {
    by: pick.by,
    fellBack: pick.fellBack,
    fallbackReason: pick.fellBack ? reasonOf(candidates.find((c) => c.gap.score !== null)!.gap, by) : null,
    unranked: pick.unranked.map((c) => ({ code: c.gap.code, reason: reasonOf(c.gap, pick.by) })),
    rows: pick.picked.map((c) => c.gap),
  };
}

/** Why a gap has no value under an order. */
export function reasonOf(gap: DepartmentGap, by: WeakestBy): NaReason | null {
  const na = gap.na;
  switch (by) {
    case 'rank':
      return na.rank ?? null;
    case 'gap':
      return na.gapShare ?? null;
    case 'weighted-gap':
      return na.weightedGap ?? null;
    case 'score':
      return na.score ?? (gap.max === null ? { code: 'no-max' } : null);
  }
}
