import { othersOf, placeAmong, stepOf, type Place, type Scored } from './place.js';
import { expectedUnits, type Dataset } from '../model/dataset.js';
import { periodFor } from '../model/definitions.js';
import { coverageSuffices } from './coverage.js';
import { denoise } from './round.js';
import { compositeScores } from './simulate.js';

/** The composite change that moves a province to another place, and the place it gives. */
export interface PlaceMove {
  change: number;
  place: Place;
}

/** How fragile a province's place is: what one place up or down takes, and who is close. */
export interface Fragility {
  score: number;
  place: Place;
  /** Least rise that passes the next province above; null when first. */
  up: PlaceMove | null;
  /** Least fall that lets a province pass it; null when last. */
  down: PlaceMove | null;
  /** Other provinces within ±0.5 and ±1 composite point of its score. */
  within: { half: number; one: number };
  /** The place after a change of −2, −1, +1 and +2 points (a fall of 18 places can be 2 points). */
  at: PlaceMove[];
}

const SWINGS = [-2, -1, 1, 2];

/**
 * The fragility of a province's place among a year's scores (published or rule-computed), at the
 * published precision. Undefined when the province has no score.
 */
export function fragility(scores: Scored[], province: string, precision: number): Fragility | undefined {
  const own = scores.find((s) => s.province === province)?.value;
  if (own === undefined) return undefined;
  const others = othersOf(scores, province);
  const step = stepOf(precision);
  const above = others.filter((o) => o > own);
  const atOrBelow = others.filter((o) => o <= own);
  const move = (change: number): PlaceMove => ({ change: denoise(change), place: placeAmong(others, own + change, precision) });
  // Passing the lowest score above needs one published step more than it; a tie below (or at) the
  // score is broken by one step down, the next lower score by falling one step below it.
  const up = above.length === 0 ? null : move(Math.min(...above) + step - own);
  const down = atOrBelow.length === 0 ? null : move(Math.max(...atOrBelow) - step - own);
  const near = (d: number) => others.filter((o) => Math.abs(denoise(o - own)) <= d).length;
  return {
    score: own,
    place: placeAmong(others, own, precision),
    up,
    down,
    within: { half: near(0.5), one: near(1) },
    at: SWINGS.map(move),
  };
}

/**
 * The fragility of a province's composite place in an index-year: null when the year has no table
 * or rule, the province no composite, or too few provinces have one for places to mean anything.
 */
export function yearFragility(data: Dataset, index: string, year: number, province: string): Fragility | null {
  const table = data.table(index, year);
  const period = periodFor(data.defs, index, year);
  const def = data.defs.indices.get(index);
  if (!table || !period || !def) return null;
  const scores = compositeScores(table, period);
  if (!coverageSuffices(scores.length, expectedUnits(data.defs, year))) return null;
  return fragility(scores, province, def.precision) ?? null;
}
