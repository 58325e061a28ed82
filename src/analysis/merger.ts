import type { Province } from '../model/types.js';
import type { IndexHistory, HistoryYear } from './rank-history.js';

/** The last year of the 63 provinces: index editions up to it rank the former provinces. */
export const LAST_63_YEAR = 2024;

/** The former provinces merged into a unit on 1 July 2025 (empty for an unchanged unit or a former province). */
export function membersOf(all: readonly Province[], unit: string): Province[] {
  return all.filter((p) => p.kind === 'unit' && p.successor === unit && p.lastYear === LAST_63_YEAR);
}

/**
 * The rank out of `n` a percentile corresponds to, (n − 1) × (1 − percentile) + 1 rounded: a derived
 * figure for reading a 63-province percentile on the 34-unit scale, never a published rank.
 */
export function equivalentRank(percentile: number, n: number): number {
  return Math.round((n - 1) * (1 - percentile) + 1);
}

/** One former province's last ranked year before the merger, read on the merged unit's scale. */
export interface MemberStanding {
  member: string;
  year: number;
  rank: number;
  of: number;
  percentile: number;
  /** Derived: the rank out of the merged unit's N with the same percentile. */
  equivalentRank: number;
  /** Merged unit's percentile minus this member's; null when the unit has no rank yet. */
  percentileChange: number | null;
}

/** How a merged unit's first ranked year compares with each member's last: by percentile only. */
export interface MergerComparison {
  index: string;
  unit: string;
  /** The unit's first ranked year from 2025, or null when it has none yet. */
  year: number | null;
  rank: { rank: number; of: number; percentile: number } | null;
  /** Every former province merged into the unit (codes), ranked or not. */
  formedFrom: string[];
  /** The members with a rank in the earlier year. */
  members: MemberStanding[];
}

/**
 * Compares a merged unit with its members across the merger (2024 → 2025): each member's last
 * ranked year up to 2024 against the unit's first ranked year after it, by percentile, with the
 * member's rank re-read out of the unit's N (labelled derived). Nothing is made up for the unit
 * before it existed.
 */
export function mergerComparison(index: string, unit: string, unitYears: HistoryYear[], members: { code: string; years: HistoryYear[] }[]): MergerComparison {
  const first = unitYears.find((y) => y.unit === unit && y.year > LAST_63_YEAR && y.rank !== null);
  const rank = first?.rank ? { rank: first.rank.rank, of: first.rank.of, percentile: first.rank.percentile } : null;
  const n = rank?.of ?? 34;
  const out: MemberStanding[] = [];
  for (const m of members) {
    const last = [...m.years].reverse().find((y) => y.year <= LAST_63_YEAR && y.rank !== null);
    if (!last?.rank) continue;
    const p = last.rank.percentile;
    out.push({
      member: m.code,
      year: last.year,
      rank: last.rank.rank,
      of: last.rank.of,
      percentile: p,
      equivalentRank: equivalentRank(p, n),
      percentileChange: rank ? rank.percentile - p : null,
    });
  }
  return { index, unit, year: first?.year ?? null, rank, formedFrom: members.map((m) => m.code), members: out };
}

/** The years of a history up to the last 63-province year (a member's own series). */
export function upTo63(h: IndexHistory): HistoryYear[] {
  return h.years.filter((y) => y.year <= LAST_63_YEAR);
}

/** A unit's rank in a year, as the merger comparison reads it. */
type RankOf = (code: string) => { rank: number; of: number; percentile: number } | null;

/**
 * `changes` across the merger (a year up to 2024 → a year from 2025): every unit of the later year
 * against its members in the earlier one (an unchanged unit against itself), by percentile only.
 */
export function unitsByMembers(all: readonly Province[], year: number, units: string[], fromRank: RankOf, toRank: RankOf): MergerComparison[] {
  return units.map((unit) => {
    const members = membersOf(all, unit);
    const rank = toRank(unit);
    const n = rank?.of ?? 34;
    const list: MemberStanding[] = [];
    for (const m of members.length > 0 ? members.map((p) => p.code) : [unit]) {
      const r = fromRank(m);
      if (!r) continue;
      list.push({
        member: m,
        year: year,
        rank: r.rank,
        of: r.of,
        percentile: r.percentile,
        equivalentRank: equivalentRank(r.percentile, n),
        percentileChange: rank ? rank.percentile - r.percentile : null,
      });
    }
    return { index: '', unit, year: rank ? year : null, rank, formedFrom: members.length > 0 ? members.map((p) => p.code) : [unit], members: list };
  });
}
