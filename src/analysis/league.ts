import type { Standing } from './standing.js';

/** A province with its standing, as listed in a league table. */
export interface LeagueRow extends Standing {
  province: string;
}

/**
 * League-table order: ranked provinces by rank (published before computed on equal places; tied
 * provinces by code, since their scores are equal), then unranked provinces by score, then those
 * without a score by code, so that the order never depends on the input order.
 */
export function leagueOrder<T extends LeagueRow>(rows: T[]): T[] {
  const group = (r: LeagueRow) => (r.rank ? 0 : r.score !== null ? 1 : 2);
  const byCode = (a: LeagueRow, b: LeagueRow) => (a.province < b.province ? -1 : a.province > b.province ? 1 : 0);
  return [...rows].sort((a, b) => {
    if (group(a) !== group(b)) return group(a) - group(b);
    if (a.rank && b.rank) return a.rank.rank - b.rank.rank || Number(a.rank.origin === 'computed') - Number(b.rank.origin === 'computed') || byCode(a, b);
    return (b.score ?? 0) - (a.score ?? 0) || byCode(a, b);
  });
}

/**
 * The first (`top`) or last (`bottom`) `n` ranked rows of a league-ordered list; provinces tied on
 * the cut-off rank are all kept, and unranked rows are left out.
 */
export function cutLeague<T extends LeagueRow>(ordered: T[], n: number, end: 'top' | 'bottom'): T[] {
  const ranked = ordered.filter((r) => r.rank !== null);
  const list = end === 'top' ? ranked : [...ranked].reverse();
  if (list.length <= n) return ranked;
  const edge = list[n - 1]!.rank!.rank;
  let cut = n;
  while (cut < list.length && list[cut]!.rank!.rank === edge) cut++;
  const kept = list.slice(0, cut);
  return end === 'top' ? kept : kept.reverse();
}
