import { describe, expect, it } from 'vitest';
import { decimalsOf, nearEqual } from '../../src/commands/diff/near.js';

describe('diff: equal within the stored precision', () => {
  it('counts the decimals a number is stored with, without binary noise', () => {
    expect([decimalsOf(61.25), decimalsOf(7), decimalsOf(0.1 + 0.2), decimalsOf(70.0013961792)]).toEqual([2, 0, 1, 6]);
  });

  it('ignores noise and digits below the published precision, not a revision at it', () => {
    expect(nearEqual(61.25, 61.2500001, 2)).toBe(true);
    expect(nearEqual(61.25, 61.254, 2)).toBe(true);
    expect(nearEqual(61.25, 61.26, 2)).toBe(false);
    // OLD stored with 4 decimals: a change in the 4th is a revision even for a 2-decimal index.
    expect(nearEqual(5.1234, 5.1235, 2)).toBe(false);
    expect(nearEqual(3, 4, 0)).toBe(false);
  });
});
