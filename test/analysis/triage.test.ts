import { describe, expect, it } from 'vitest';
import { classifyMovement, scoreDirection } from '../../src/analysis/triage.js';

describe('classifyMovement', () => {
  it('lets the rank decide where there is one: down = fell, up or held = rose or held', () => {
    expect(classifyMovement({ score: 'down', places: -3 })).toEqual({ list: 'fell', by: 'rank' });
    expect(classifyMovement({ score: 'same', places: -1 })).toEqual({ list: 'fell', by: 'rank' });
    expect(classifyMovement({ score: null, places: -1 })).toEqual({ list: 'fell', by: 'rank' });
    expect(classifyMovement({ score: 'down', places: 2 })).toEqual({ list: 'rose-or-held', by: 'rank' });
    expect(classifyMovement({ score: 'down', places: 0 })).toEqual({ list: 'rose-or-held', by: 'rank' });
  });

  it('puts a score that rose with a rank that fell in its own list, not in "fell"', () => {
    expect(classifyMovement({ score: 'up', places: -1 })).toEqual({ list: 'score-up-rank-down', by: 'rank' });
  });

  it('falls back to the score without a rank in both years', () => {
    expect(classifyMovement({ score: 'down', places: null })).toEqual({ list: 'fell', by: 'score' });
    expect(classifyMovement({ score: 'up', places: null })).toEqual({ list: 'rose-or-held', by: 'score' });
    expect(classifyMovement({ score: 'same', places: null })).toEqual({ list: 'rose-or-held', by: 'score' });
  });

  it('leaves out what cannot be compared', () => {
    expect(classifyMovement({ score: null, places: null })).toBeNull();
  });
});

describe('scoreDirection', () => {
  it('treats a change that rounds to zero at the published precision as no change', () => {
    expect(scoreDirection(0.004, 2)).toBe('same');
    expect(scoreDirection(-0.004, 2)).toBe('same');
    expect(scoreDirection(0.006, 2)).toBe('up');
    expect(scoreDirection(-0.00006, 4)).toBe('down');
    expect(scoreDirection(null, 2)).toBeNull();
  });
});
