import type { Observation, Period, YearTable } from '../model/types.js';
import { compositeOf } from './composite.js';
import { denoise } from './round.js';
import { coverageSuffices } from './coverage.js';

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

/**
 * Standard competition ranking ("1, 2, 2, 4"): higher values rank better, equal values share the
 * best place. Values are compared as stored, which is the owners' own precision. The members of a
 * tie group share one array; each one's `tiedWith` (the others) is built only when read, so that a
 * group of g ties costs Θ(g), not Θ(g²), until someone prints it.
 */
export function competitionRanks(items: { key: string; value: number }[]): Map<string, { rank: number; tiedWith: string[] }> {
  // Ties are broken by key only to make the output order independent of the input order.
  const sorted = [...items].sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const out = new Map<string, { rank: number; tiedWith: string[] }>();
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1]!.value === sorted[start]!.value) end++;
    const group = sorted.slice(start, end + 1).map((i) => i.key);
    // Not a spread of a lazy object: a spread reads the getter, which built every member's list (Θ(g²)).
    for (const key of group) out.set(key, lazyTiedWith({ rank: start + 1 }, group, key));
    start = end + 1;
  }
  return out;
}

/**
 * The competition rank of one `value` among `values` (higher ranks better): one more than the number
 * of values strictly above it, the place competitionRanks gives it, without sorting them all.
 */
export function competitionRankOf(values: readonly number[], value: number): number {
  let above = 0;
  for (const v of values) if (v > value) above++;
  return above + 1;
}

/** Where a tied member's `tiedWith` comes from: its group (shared by all members), itself, and the list once built. */
interface TieState {
  group: readonly string[];
  key: string;
  others?: string[];
}

// Kept under a symbol that is not enumerable, so JSON, spreads and Object.keys never see it.
const TIES = Symbol('ties');

/**
 * One getter for every tied member: the same function makes V8 give all members one hidden class,
 * where a closure per member gave each its own (the memory of millions of tied ranks).
 */
function tiedWithOfState(this: { [TIES]: TieState }): string[] {
  const s = this[TIES];
  return (s.others ??= s.group.filter((k) => k !== s.key));
}

/** Gives `target` an enumerable `tiedWith` read from `state` on first use (so JSON and spreads see a plain array). */
function defineTies<T extends object>(target: T, state: TieState): T & { tiedWith: string[] } {
  Object.defineProperty(target, TIES, { value: state, enumerable: false, configurable: true });
  return Object.defineProperty(target, 'tiedWith', { get: tiedWithOfState, enumerable: true, configurable: true }) as T & { tiedWith: string[] };
}

/** `target` with `tiedWith`: the group without `key`, built on first read. */
function lazyTiedWith<T extends object>(target: T, group: readonly string[], key: string): T & { tiedWith: string[] } {
  if (group.length === 1) return Object.assign(target, { tiedWith: [] as string[] });
  return defineTies(target, { group, key });
}

/** Copies `tiedWith` from a competition rank without reading it (keeping it lazy). */
function withTies<T extends object>(target: T, from: { tiedWith: string[] }): T & { tiedWith: string[] } {
  const state = (from as { [TIES]?: TieState })[TIES];
  if (state) return defineTies(target, state);
  return Object.assign(target, { tiedWith: from.tiedWith });
}

/** Ranks of one year table on one measure; `computable` is false when too few provinces have a value. */
export interface RankSet {
  ranks: Map<string, RankInfo>;
  /** Provinces with a value (the denominator of computed ranks). */
  withValue: number;
  /** Provincial units of the year (the denominator of a published rank that states none). */
  expected: number;
  computable: boolean;
}

/**
 * Ranks every province of a table on a measure: the published rank where the row has one,
 * otherwise the competition rank among the provinces with a value — but only when at least
 * MIN_COVERAGE of the year's `expected` provinces have one.
 */
export function rankBy(
  rows: Observation[],
  value: (row: Observation) => number | undefined,
  published: (row: Observation) => number | undefined,
  expected: number,
): RankSet {
  const items = rows.flatMap((r) => {
    const v = value(r);
    return v === undefined ? [] : [{ key: r.province, value: v }];
  });
  const computable = coverageSuffices(items.length, expected);
  const computed = computable ? competitionRanks(items) : new Map<string, { rank: number; tiedWith: string[] }>();
  const ranks = new Map<string, RankInfo>();
  for (const row of rows) {
    const own = published(row);
    const c = computed.get(row.province);
    if (own !== undefined) {
      const of = row.rankOf ?? expected;
      const info: RankInfo = { rank: own, of, percentile: percentile(own, of), origin: 'published', tiedWith: [] };
      if (c) info.byScore = withTies({ rank: c.rank, of: items.length }, c);
      ranks.set(row.province, info);
      continue;
    }
    if (c) ranks.set(row.province, withTies({ rank: c.rank, of: items.length, percentile: percentile(c.rank, items.length), origin: 'computed' as const }, c));
  }
  return { ranks, withValue: items.length, expected, computable };
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
