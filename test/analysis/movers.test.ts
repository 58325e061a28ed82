import { describe, expect, it } from 'vitest';
import type { ChangeFlag, StandingChange } from '../../src/analysis/change.js';
import { biggestMovers } from '../../src/analysis/movers.js';

const moved = (province: string, percentileDelta: number | null, places: number | null, flags: ChangeFlag[] = []) => ({
  province,
  change: { fromYear: 2021, toYear: 2022, scoreDelta: null, places, percentileDelta, breaks: [], flags } satisfies StandingChange,
});

describe('biggestMovers', () => {
  it('ranks by percentile change, not raw places, so that different denominators compare fairly', () => {
    // b climbs 10 places of 63, c climbs 9 places of 20: c moved further.
    const r = biggestMovers([moved('a', 0.01, 1), moved('b', 10 / 62, 10), moved('c', 9 / 19, 9), moved('d', -0.5, -30), moved('e', -0.1, -6)], 2);
    expect(r).toEqual({ risers: ['c', 'b'], fallers: ['d', 'e'] });
  });

  it('leaves out provinces without both ranks, without a move, or compared across a change of unit', () => {
    const r = biggestMovers([moved('a', null, null), moved('b', 0, 0), moved('c', 0.3, 5, ['unit-changed'])], 5);
    expect(r).toEqual({ risers: [], fallers: [] });
  });
});
