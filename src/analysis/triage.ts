import { direction } from './round.js';

/**
 * The three lists provincial plans sort indices and components into: what fell and needs work
 * ("cần tập trung khắc phục"), what rose or held ("duy trì và nâng cao"), and what scored higher
 * yet lost places ("điểm tăng nhưng hạng giảm").
 */
export type TriageList = 'fell' | 'rose-or-held' | 'score-up-rank-down';

/** How a measure moved since the previous year: the score's direction at published precision, and places gained (+) or lost (−). */
export interface Movement {
  score: 'up' | 'down' | 'same' | null;
  places: number | null;
}

/** The list a movement belongs to, and whether rank or score decided it. */
export interface TriageClass {
  list: TriageList;
  by: 'rank' | 'score';
}

/**
 * Sorts a movement into one list. The rank decides where there is one in both years (places
 * lost = fell, unless the score rose: then "score up, rank down"); otherwise the score does.
 * Each movement lands in exactly one list; null when neither rank nor score can be compared.
 */
export function classifyMovement(m: Movement): TriageClass | null {
  if (m.places !== null) {
    if (m.places < 0) return { list: m.score === 'up' ? 'score-up-rank-down' : 'fell', by: 'rank' };
    return { list: 'rose-or-held', by: 'rank' };
  }
  if (m.score === null) return null;
  return { list: m.score === 'down' ? 'fell' : 'rose-or-held', by: 'score' };
}

/** The direction of a score change at the index's published precision (changes that round to zero are "same"). */
export function scoreDirection(delta: number | null, precision: number): Movement['score'] {
  return delta === null ? null : direction(delta, precision);
}
