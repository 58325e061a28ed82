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
