import { percentile } from './ranking.js';
import { roundTo } from '../model/round-number.js';
import { denoise } from './round.js';

/** A place among scores: competition rank ("1, 2, 2, 4") and its denominator. */
export interface Place {
  rank: number;
  of: number;
  /** (of − rank) / (of − 1), as ranks report it. */
  percentile: number;
}

/** One province's score on a measure, for placing another value among the rest. */
export interface Scored {
  province: string;
  value: number;
}

/**
 * The place a value would take among the other provinces' scores, held as published: one plus
 * the number of scores strictly above it once it is rounded to the published precision (a value
 * that only equals a score at that precision shares its place, as published ties do).
 */
export function placeAmong(others: number[], value: number, precision: number): Place {
  const v = denoise(roundTo(value, precision));
  const rank = 1 + others.filter((o) => o > v).length;
  return { rank, of: others.length + 1, percentile: percentile(rank, others.length + 1) };
}

/** The scores of every province but one. */
export function othersOf(scores: Scored[], province: string): number[] {
  return scores.filter((s) => s.province !== province).map((s) => s.value);
}

/** The smallest step of the published precision (0.01 for two decimals). */
export function stepOf(precision: number): number {
  return 10 ** -precision;
}
