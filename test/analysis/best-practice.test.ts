import { describe, expect, it } from 'vitest';
import { topScorers } from '../../src/analysis/best-practice.js';

const units = [
  { code: 'a', region: 'n' },
  { code: 'b', region: 'n' },
  { code: 'c', region: 'n' },
  { code: 'd', region: 'n' },
  { code: 'e', region: 's' },
  { code: 'f', region: 's' },
  { code: 'g', region: 's' },
  { code: 'h' },
];
const scores = (pairs: [string, number][]) => pairs.map(([province, value]) => ({ province, value }));

describe('topScorers', () => {
  const all = scores([
    ['a', 5],
    ['b', 7],
    ['c', 7],
    ['d', 2],
    ['e', 9],
    ['f', 1],
    ['g', 6],
    ['h', 3],
  ]);

  it('lists the k best nationally, keeping ties at the cut-off', () => {
    const top = topScorers(all, { units, province: 'a' }, 'national', 2);
    expect(top).toMatchObject({ scope: 'national', region: null, n: 8, of: 8, reason: null });
    expect(top.provinces).toEqual([
      { province: 'e', score: 9, place: 1 },
      { province: 'b', score: 7, place: 2 },
      { province: 'c', score: 7, place: 2 },
    ]);
  });

  it('lists the best of the province’s region, placed within the region', () => {
    const top = topScorers(all, { units, province: 'f' }, 'region', 3);
    expect(top).toMatchObject({ region: 's', n: 3, of: 3 });
    expect(top.provinces.map((p) => [p.province, p.place])).toEqual([
      ['e', 1],
      ['g', 2],
      ['f', 3],
    ]);
  });

  it('gives no list below the coverage rule, or for a unit without a region, and says why', () => {
    const few = topScorers(
      scores([
        ['a', 5],
        ['b', 7],
        ['c', 1],
      ]),
      { units, province: 'a' },
      'national',
      3,
    );
    expect(few.provinces).toEqual([]);
    expect(few.reason).toEqual({ code: 'coverage', have: 3, of: 8, minShare: 0.5 });
    // 2 of the region's 4 units is enough, as for the region benchmark of chiso gaps
    expect(
      topScorers(
        scores([
          ['a', 5],
          ['b', 7],
        ]),
        { units, province: 'a' },
        'region',
        3,
      ).provinces,
    ).toHaveLength(2);
    expect(topScorers(all, { units, province: 'h' }, 'region', 3).reason).toEqual({ code: 'no-region', province: 'h' });
  });
});
