import { describe, expect, it } from 'vitest';
import { fragility } from '../../src/analysis/fragility.js';

// Made-up scores: b sits 0.05 below a, ties with c, and d is 3 points further down.
const scores = [
  { province: 'a', value: 60 },
  { province: 'b', value: 59.95 },
  { province: 'c', value: 59.95 },
  { province: 'd', value: 57 },
];

describe('fragility', () => {
  it('gives the least change one place up and down, and who is close', () => {
    const f = fragility(scores, 'b', 2)!;
    expect(f.place).toMatchObject({ rank: 2, of: 4 });
    expect(f.up).toEqual({ change: 0.06, place: { rank: 1, of: 4, percentile: 1 } });
    // Tied with c: one step down already lets c pass.
    expect(f.down!.change).toBe(-0.01);
    expect(f.down!.place.rank).toBe(3);
    expect(f.within).toEqual({ half: 2, one: 2 });
    expect(f.at.map((m) => m.place.rank)).toEqual([3, 3, 1, 1]);
  });

  it('has no place above the first nor below the last', () => {
    expect(fragility(scores, 'a', 2)!.up).toBeNull();
    expect(fragility(scores, 'd', 2)!.down).toBeNull();
    expect(fragility(scores, 'zz', 2)).toBeUndefined();
  });
});
