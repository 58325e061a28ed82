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
  // Each row's keys read once into arrays, codes placed by one native string sort: the comparator,
  // called n·log n times, reads numbers only (comparing objects and code strings in it was most of
  // the cost of ordering 10⁵ provinces). Same comparisons as before, so the same stable order.
  const n = rows.length;
  const group = new Uint8Array(n);
  const rank = new Float64Array(n);
  const computed = new Uint8Array(n);
  const score = new Float64Array(n);
  const place = codePlaces(rows);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    group[i] = r.rank ? 0 : r.score !== null ? 1 : 2;
    if (r.rank) {
      rank[i] = r.rank.rank;
      computed[i] = Number(r.rank.origin === 'computed');
    }
    score[i] = r.score ?? 0;
  }
  const byCode = (a: number, b: number) => (place[a]! < place[b]! ? -1 : place[a]! > place[b]! ? 1 : 0);
  const order = Array.from(rows.keys()).sort((a, b) => {
    if (group[a] !== group[b]) return group[a]! - group[b]!;
    if (group[a] === 0) return rank[a]! - rank[b]! || computed[a]! - computed[b]! || byCode(a, b);
    return score[b]! - score[a]! || byCode(a, b);
  });
  return order.map((i) => rows[i]!);
}

/** Each row's place among the distinct province codes in code-unit order (a native sort of strings). */
function codePlaces(rows: readonly LeagueRow[]): Int32Array {
  const codes = [...new Set(rows.map((r) => r.province))].sort();
  const at = new Map(codes.map((c, i) => [c, i]));
  return Int32Array.from(rows, (r) => at.get(r.province)!);
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
