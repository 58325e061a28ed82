import type { Observation, Period, YearTable } from '../model/types.js';
import { compositeOf } from './composite.js';
import { denoise } from './round.js';
import { coverageSuffices } from './coverage.js';
import { codeOrder, rowIndex } from './row-index.js';
import { lazyTiedWith } from './ties.js';

/** A province's place in one index-year (or on one component), with its denominator. */
export interface RankInfo {
  rank: number;
  /** Provinces ranked: the published denominator, or the number with a value when computed. */
  of: number;
  /** (of − rank) / (of − 1): 1 for the best, 0 for the last; comparable across years with different N. */
  percentile: number;
  origin: 'published' | 'computed';
  /** Province codes sharing a computed rank (empty when not tied or published). */
  tiedWith: string[];
  /**
   * For a published rank: the place the scores give (when ranks are computable), so that a
   * published rank that breaks a tie or disagrees with the scores can be pointed out.
   */
  byScore?: { rank: number; of: number; tiedWith: string[] };
}

/** Percentile position of a rank: 1 at the top, 0 at the bottom, 1 when alone. */
export function percentile(rank: number, of: number): number {
  return of <= 1 ? 1 : (of - rank) / (of - 1);
}

/** A province's rank, looked up by code (made on each call: RankInfo objects are not kept). */
export interface RankLookup {
  get(province: string): RankInfo | undefined;
  has(province: string): boolean;
}

/** Ranks of one year table on one measure; `computable` is false when too few provinces have a value. */
export interface RankSet {
  /** By province code: the rows with a published or a computed rank. */
  ranks: RankLookup;
  /** Provinces with a value (the denominator of computed ranks). */
  withValue: number;
  /** Provincial units of the year (the denominator of a published rank that states none). */
  expected: number;
  computable: boolean;
  /** A row's competition place by value among the provinces with one (undefined: no value, or ranks not computable), whatever rank is published. */
  place(province: string): number | undefined;
}

/**
 * Ranks every province of a table on a measure: the published rank where the row has one,
 * otherwise the competition rank among the provinces with a value — but only when at least
 * MIN_COVERAGE of the year's `expected` provinces have one. Only the values are kept (and sorted);
 * a province's place, tie list and RankInfo are made when asked for, since most callers ask for one
 * province of many (a set per measure and year, held for the whole call).
 */
export function rankBy(
  rows: readonly Observation[],
  value: (row: Observation) => number | undefined,
  published: (row: Observation) => number | undefined,
  expected: number,
): RankSet {
  const scores = new Float64Array(rows.length);
  const valued = new Uint8Array(rows.length);
  let withValue = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = value(rows[i]!);
    if (v !== undefined) {
      scores[i] = v;
      valued[i] = 1;
      withValue++;
    }
  }
  const computable = coverageSuffices(withValue, expected);
  // The values in ascending order, sorted natively: a comparator, called n·log n times, was most of a
  // ranking's cost in a cold process. A row's competition place is one more than the values above it.
  const sorted = new Float64Array(computable ? withValue : 0);
  if (computable) for (let i = 0, k = 0; i < rows.length; i++) if (valued[i]) sorted[k++] = scores[i]!;
  sorted.sort();
  /** How many values are above `v` (strictly, or at or above it). */
  const countAbove = (v: number, orEqual: boolean): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! > v || (orEqual && sorted[mid] === v)) hi = mid;
      else lo = mid + 1;
    }
    return sorted.length - lo;
  };
  // The competition place of a row (0: none computed).
  const placeAt = (i: number): number => (computable && valued[i] ? countAbove(scores[i]!, false) + 1 : 0);
  let byValue: Map<number, number[]> | undefined;
  const groups = new Map<number, string[]>();
  // The codes sharing a row's value, in code order: one list shared by them, made on first use.
  const groupAt = (i: number): string[] => {
    const v = scores[i]!;
    let group = groups.get(v);
    if (!group) {
      if (countAbove(v, true) - countAbove(v, false) === 1) group = [rows[i]!.province];
      else {
        // Rows by value, once, when a first tie is read (scanning the rows for each tie was quadratic).
        if (!byValue) {
          byValue = new Map();
          for (let j = 0; j < rows.length; j++) {
            if (!valued[j]) continue;
            const list = byValue.get(scores[j]!);
            if (list) list.push(j);
            else byValue.set(scores[j]!, [j]);
          }
        }
        const byCode = codeOrder(rows);
        group = byValue
          .get(v)!
          .sort((a, b) => byCode[a]! - byCode[b]!)
          .map((j) => rows[j]!.province);
      }
      groups.set(v, group);
    }
    return group;
  };
  const at = rowIndex(rows);
  const get = (province: string): RankInfo | undefined => {
    const i = at.get(province);
    if (i === undefined) return undefined;
    const row = rows[i]!;
    const own = published(row);
    const rank = placeAt(i);
    if (own !== undefined) {
      const of = row.rankOf ?? expected;
      const info: RankInfo = { rank: own, of, percentile: percentile(own, of), origin: 'published', tiedWith: [] };
      if (rank) info.byScore = lazyTiedWith({ rank, of: withValue }, groupAt(i), province);
      return info;
    }
    if (rank) return lazyTiedWith({ rank, of: withValue, percentile: percentile(rank, withValue), origin: 'computed' as const }, groupAt(i), province);
    return undefined;
  };
  const placeOf = (province: string): number | undefined => {
    const i = at.get(province);
    const p = i === undefined ? 0 : placeAt(i);
    return p === 0 ? undefined : p;
  };
  return { ranks: { get, has: (province) => get(province) !== undefined }, withValue, expected, computable, place: placeOf };
}

/**
 * Rank sets already worked out, per table and measure: a report asks for the same ranks from
 * several sections (standing, gaps, triage, fragility). Tables are never changed once loaded.
 */
const memo = new WeakMap<YearTable, Map<string, RankSet>>();

function remembered(table: YearTable, key: string, make: () => RankSet): RankSet {
  let own = memo.get(table);
  if (!own) memo.set(table, (own = new Map()));
  let got = own.get(key);
  if (!got) own.set(key, (got = make()));
  return got;
}

/** Composite ranks of a year table (published, else computed from published or rule-computed composites). */
export function compositeRanks(table: YearTable, period: Period, expected: number): RankSet {
  return remembered(table, `composite ${period.id} ${period.fromYear} ${expected}`, () =>
    rankBy(
      table.rows,
      (r) => {
        const c = compositeOf(r, period);
        // Noise from adding up components (40.1 + 0.2 ≠ 40.3) must not split a tie.
        return c === undefined ? undefined : c.origin === 'computed' ? denoise(c.value) : c.value;
      },
      (r) => r.rank,
      expected,
    ),
  );
}

/** Ranks on one component (published component ranks where the file has them, else computed). */
export function componentRanks(table: YearTable, code: string, expected: number): RankSet {
  return remembered(table, `component ${code} ${expected}`, () =>
    rankBy(
      table.rows,
      (r) => r.values[code],
      (r) => r.componentRanks[code],
      expected,
    ),
  );
}
