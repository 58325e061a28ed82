import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutLeague, leagueOrder, type LeagueRow } from '../../src/analysis/league.js';
import { percentile } from '../../src/analysis/ranking.js';

const ranked = (province: string, rank: number, score: number | null = null, origin: 'published' | 'computed' = 'computed'): LeagueRow => ({
  province,
  score,
  scoreOrigin: score === null ? null : 'published',
  noRank: null,
  rank: { rank, of: 10, percentile: percentile(rank, 10), origin, tiedWith: [] },
});
const unranked = (province: string, score: number | null): LeagueRow => ({
  province,
  score,
  scoreOrigin: null,
  rank: null,
  noRank: score === null ? 'no-score' : 'coverage',
});

describe('leagueOrder', () => {
  it('lists ranked provinces by rank, then unranked by score, then those without a score', () => {
    const rows = [unranked('z', null), unranked('y', 50), ranked('c', 3), ranked('b', 1), unranked('x', 70), ranked('a', 3)];
    expect(leagueOrder(rows).map((r) => r.province)).toEqual(['b', 'a', 'c', 'x', 'y', 'z']);
  });

  it('puts a published rank before a computed one on the same place', () => {
    expect(leagueOrder([ranked('a', 2), ranked('b', 2, null, 'published')]).map((r) => r.province)).toEqual(['b', 'a']);
  });
});

describe('cutLeague', () => {
  const rows = leagueOrder([ranked('a', 1), ranked('b', 2), ranked('c', 2), ranked('d', 4), ranked('e', 5), unranked('f', 3)]);

  it('keeps every province tied on the cut-off rank', () => {
    expect(cutLeague(rows, 2, 'top').map((r) => r.province)).toEqual(['a', 'b', 'c']);
    expect(cutLeague(rows, 1, 'top').map((r) => r.province)).toEqual(['a']);
  });

  it('takes the bottom from the last ranked province, in league order', () => {
    expect(cutLeague(rows, 2, 'bottom').map((r) => r.province)).toEqual(['d', 'e']);
    expect(cutLeague(rows, 3, 'bottom').map((r) => r.province)).toEqual(['b', 'c', 'd', 'e']);
  });

  it('leaves unranked provinces out', () => {
    expect(cutLeague(rows, 99, 'top').map((r) => r.province)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

/** The comparator leagueOrder had before it read each row's keys into arrays: the reference it must agree with. */
function leagueOrderByComparator<T extends LeagueRow>(rows: T[]): T[] {
  const group = (r: LeagueRow) => (r.rank ? 0 : r.score !== null ? 1 : 2);
  const byCode = (a: LeagueRow, b: LeagueRow) => (a.province < b.province ? -1 : a.province > b.province ? 1 : 0);
  return [...rows].sort((a, b) => {
    if (group(a) !== group(b)) return group(a) - group(b);
    if (a.rank && b.rank) return a.rank.rank - b.rank.rank || Number(a.rank.origin === 'computed') - Number(b.rank.origin === 'computed') || byCode(a, b);
    return (b.score ?? 0) - (a.score ?? 0) || byCode(a, b);
  });
}

describe('leagueOrder agrees with the comparator it replaced', () => {
  // Few codes, ranks and scores, so that ties on every key (and repeated codes) are common.
  const row = fc.record({
    province: fc.constantFrom('a', 'b', 'ab', 'B', 'p1', 'p10', 'p2', 'Ấ', ''),
    rank: fc.option(fc.integer({ min: 1, max: 6 })),
    origin: fc.constantFrom('published' as const, 'computed' as const),
    score: fc.option(fc.oneof(fc.constantFrom(0, -0, 1.5, 50, NaN), fc.double({ noNaN: true }))),
    id: fc.nat(),
  });
  it('gives the same rows in the same order on random rows', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (specs) => {
        const rows = specs.map((r) => ({ ...(r.rank === null ? unranked(r.province, r.score) : ranked(r.province, r.rank, r.score, r.origin)), id: r.id }));
        expect(leagueOrder(rows)).toStrictEqual(leagueOrderByComparator(rows));
        expect(leagueOrder(rows).every((r, i, all) => all.indexOf(r) === i)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
