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
 * MIN_COVERAGE of the year's `expected` provinces have one. Only the order is kept (two numbers per
 * row); a province's RankInfo is made when asked for, since most callers ask for one province of
 * many (a set per measure and year, held for the whole call).
 */
export function rankBy(
  rows: readonly Observation[],
  value: (row: Observation) => number | undefined,
  published: (row: Observation) => number | undefined,
  expected: number,
): RankSet {
  const scores = new Float64Array(rows.length);
  const valued: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const v = value(rows[i]!);
    if (v !== undefined) {
      scores[i] = v;
      valued.push(i);
    }
  }
  const withValue = valued.length;
  const computable = coverageSuffices(withValue, expected);
  // The competition rank of each row (0: none computed), and the rows in rank order (ties by code).
  const place = new Int32Array(rows.length);
  // The code order only breaks ties: a table without any (most composites) never sorts its codes.
  let byCode: Int32Array | undefined;
  const tie = (a: number, b: number) => (byCode ??= codeOrder(rows))[a]! - byCode[b]!;
  const order = Int32Array.from(computable ? valued : []).sort((a, b) => scores[b]! - scores[a]! || tie(a, b));
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]!] === scores[order[start]!]) end++;
    for (let k = start; k <= end; k++) place[order[k]!] = start + 1;
    start = end + 1;
  }
  const groups = new Map<number, string[]>();
  // The codes of a tie group (one list shared by its members, made on first use), in rank order.
  const groupAt = (rank: number): string[] => {
    let group = groups.get(rank);
    if (!group) {
      group = [];
      for (let k = rank - 1; k < order.length && scores[order[k]!] === scores[order[rank - 1]!]; k++) group.push(rows[order[k]!]!.province);
      groups.set(rank, group);
    }
    return group;
  };
  const at = rowIndex(rows);
  const get = (province: string): RankInfo | undefined => {
    const i = at.get(province);
    if (i === undefined) return undefined;
    const row = rows[i]!;
    const own = published(row);
    const rank = place[i]!;
    if (own !== undefined) {
      const of = row.rankOf ?? expected;
      const info: RankInfo = { rank: own, of, percentile: percentile(own, of), origin: 'published', tiedWith: [] };
      if (rank) info.byScore = lazyTiedWith({ rank, of: withValue }, groupAt(rank), province);
      return info;
    }
    if (rank) return lazyTiedWith({ rank, of: withValue, percentile: percentile(rank, withValue), origin: 'computed' as const }, groupAt(rank), province);
    return undefined;
  };
  const placeOf = (province: string): number | undefined => {
    const i = at.get(province);
    return i === undefined || place[i] === 0 ? undefined : place[i];
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
