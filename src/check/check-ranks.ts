import type { Observation, YearTable } from '../model/types.js';
import { roundTo } from '../model/round-number.js';
import { say } from '../model/text.js';
import type { Add, TableContext } from './table-context.js';

// Rank checks of a year table: each rank cell within 1..N, and the ranks consistent with the score order.

/** A rank cell (composite or component) is a whole number within 1..N, N the row's rank_of or the year's units. */
export function checkRankCell(row: Observation, rank: number | undefined, field: string, ctx: TableContext, add: Add): void {
  const of = row.rankOf ?? ctx.expectedUnits;
  if (row.rankOf !== undefined && (!Number.isInteger(row.rankOf) || row.rankOf < 1)) {
    add(
      row,
      'rank_of',
      'bad-rank',
      say(
        `${ctx.nameOf(row.province)}: rank_of ${row.rankOf} không phải là số nguyên dương`,
        `${ctx.nameOf(row.province)}: rank_of ${row.rankOf} is not a positive whole number`,
      ),
    );
  }
  if (rank === undefined) return;
  if (!Number.isInteger(rank) || rank < 1 || rank > of) {
    add(
      row,
      field,
      'bad-rank',
      say(
        `${ctx.nameOf(row.province)}: ${field} ${rank} không phải là số nguyên trong khoảng 1..${of}`,
        `${ctx.nameOf(row.province)}: ${field} ${rank} is not a whole number in 1..${of}`,
      ),
    );
  }
}

/**
 * Published ranks must agree with the published scores: nobody ranked better may score lower, and a
 * rank r needs at most r − 1 provinces scoring higher. Scores equal at the published precision are ties,
 * which may be ordered either way.
 */
/** Ranks agree with the scores: a better rank never has a lower score, shared ranks share a score, and each rank fits the number of higher scores. */
export function checkRankOrder(table: YearTable, ctx: TableContext, add: Add): void {
  const p = ctx.index.precision;
  const scored = table.rows.filter((r) => r.composite !== undefined).map((r) => ({ row: r, score: roundTo(r.composite!, p) }));
  // Ranks outside 1..N are reported by checkRankCell; ordering them too would repeat the problem.
  const ranked = scored.filter((s) => validRank(s.row, ctx)).sort((a, b) => a.row.rank! - b.row.rank!);
  for (let i = 1; i < ranked.length; i++) {
    const [a, b] = [ranked[i - 1]!, ranked[i]!];
    if (a.score < b.score) {
      add(
        b.row,
        'rank',
        'rank-order',
        say(
          `${ctx.nameOf(b.row.province)} (hạng ${b.row.rank}, ${b.score}) có điểm cao hơn ${ctx.nameOf(a.row.province)} (hạng ${a.row.rank}, ${a.score})`,
          `${ctx.nameOf(b.row.province)} (rank ${b.row.rank}, ${b.score}) scores higher than ${ctx.nameOf(a.row.province)} (rank ${a.row.rank}, ${a.score})`,
        ),
      );
    } else if (a.row.rank === b.row.rank && a.score !== b.score) {
      add(
        b.row,
        'rank',
        'rank-order',
        say(
          `${ctx.nameOf(b.row.province)} đồng hạng ${b.row.rank} với ${ctx.nameOf(a.row.province)} nhưng điểm khác nhau (${b.score} và ${a.score})`,
          `${ctx.nameOf(b.row.province)} shares rank ${b.row.rank} with ${ctx.nameOf(a.row.province)} but their scores differ (${b.score} vs ${a.score})`,
        ),
      );
    }
  }
  const scores = scored.map((s) => s.score).sort((x, y) => y - x);
  for (const { row, score } of ranked) {
    const higher = countAbove(scores, score, false);
    const unscored = (row.rankOf ?? ctx.expectedUnits) - scores.length;
    const atLeast = countAbove(scores, score, true);
    if (row.rank! <= higher) {
      add(
        row,
        'rank',
        'rank-order',
        say(
          `${ctx.nameOf(row.province)}: hạng ${row.rank} nhưng ${higher} tỉnh trong tệp có điểm cao hơn ${score}`,
          `${ctx.nameOf(row.province)}: rank ${row.rank} but ${higher} provinces in the file score higher than ${score}`,
        ),
      );
    } else if (row.rank! > atLeast + Math.max(unscored, 0)) {
      add(
        row,
        'rank',
        'rank-order',
        say(
          `${ctx.nameOf(row.province)}: hạng ${row.rank} thấp hơn mức điểm cho phép (${atLeast} tỉnh có điểm từ ${score} trở lên, ${Math.max(unscored, 0)} tỉnh không có điểm)`,
          `${ctx.nameOf(row.province)}: rank ${row.rank} is lower than the scores allow (${atLeast} provinces score ${score} or more, ${Math.max(unscored, 0)} have no score)`,
        ),
      );
    }
  }
}

function validRank(row: Observation, ctx: TableContext): boolean {
  const r = row.rank;
  return r !== undefined && Number.isInteger(r) && r >= 1 && r <= (row.rankOf ?? ctx.expectedUnits);
}

/** Number of entries of a descending array greater than `x` (or equal too, if `inclusive`), by binary search. */
function countAbove(desc: number[], x: number, inclusive: boolean): number {
  let lo = 0;
  let hi = desc.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (desc[mid]! > x || (inclusive && desc[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
