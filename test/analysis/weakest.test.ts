import { describe, expect, it } from 'vitest';
import type { Gap } from '../../src/analysis/gaps.js';
import type { RankInfo } from '../../src/analysis/ranking.js';
import { weaknessKey, weakestComponents, type WeakCandidate } from '../../src/analysis/weakest.js';

const rank = (r: number, of: number): RankInfo => ({ rank: r, of, percentile: (of - r) / (of - 1), origin: 'computed', tiedWith: [] });
const gap = (code: string, over: Partial<Gap>): Gap => ({
  code,
  kind: 'component',
  parent: null,
  max: 10,
  weight: null,
  score: 5,
  rank: null,
  benchmark: { value: null, n: 0, of: 0, provinces: [] },
  gap: null,
  gapShare: null,
  pointsPerUnit: null,
  weightedGap: null,
  change: null,
  na: {},
  ...over,
});
const c = (g: Gap, compositeMax = 100): WeakCandidate => ({ gap: g, compositeMax });

describe('weaknessKey', () => {
  it('puts every order on a scale that compares across components and indices', () => {
    const g = gap('x', { score: 4, max: 5, rank: rank(46, 61), gapShare: -0.05, weightedGap: -2 });
    expect(weaknessKey(c(g), 'rank')).toBe(0.25); // (61 − 46) / 60
    expect(weaknessKey(c(g), 'gap')).toBe(-0.05);
    expect(weaknessKey(c(g, 80), 'weighted-gap')).toBe(-0.025); // −2 of 80 composite points
    expect(weaknessKey(c(g), 'score')).toBe(0.8); // 4 of 5
  });
});

describe('weakestComponents', () => {
  const a = gap('a', { rank: rank(10, 63), gapShare: -0.01, weightedGap: -0.5 });
  const b = gap('b', { rank: rank(50, 63), gapShare: -0.02, weightedGap: -0.2 });
  const d = gap('d', { rank: rank(40, 63), gapShare: -0.09, weightedGap: -0.1 });

  it('orders by the criterion asked for, weakest first, and keeps n', () => {
    expect(
      weakestComponents(
        [a, b, d].map((g) => c(g)),
        'rank',
        2,
      ).picked.map((x) => x.gap.code),
    ).toEqual(['b', 'd']);
    expect(
      weakestComponents(
        [a, b, d].map((g) => c(g)),
        'gap',
        3,
      ).picked.map((x) => x.gap.code),
    ).toEqual(['d', 'b', 'a']);
    expect(
      weakestComponents(
        [a, b, d].map((g) => c(g)),
        'weighted-gap',
        1,
      ).picked.map((x) => x.gap.code),
    ).toEqual(['a']);
  });

  it('compares weighted gaps of different indices as shares of their composite maximum', () => {
    const pci = c(gap('pci', { weightedGap: -1 }), 100); // 1 % of the PCI
    const papi = c(gap('papi', { weightedGap: -1 }), 80); // 1.25 % of the PAPI total
    expect(weakestComponents([pci, papi], 'weighted-gap', 2).picked.map((x) => x.gap.code)).toEqual(['papi', 'pci']);
  });

  it('breaks ties on the gap share, then the code', () => {
    const e = gap('e', { rank: rank(50, 63), gapShare: -0.03 });
    expect(
      weakestComponents(
        [b, e].map((g) => c(g)),
        'rank',
        2,
      ).picked.map((x) => x.gap.code),
    ).toEqual(['e', 'b']);
  });

  it('leaves out components without a score and lists those the order cannot place', () => {
    const noScore = gap('n', { score: null });
    const unplaced = gap('u', { rank: null });
    const pick = weakestComponents(
      [a, noScore, unplaced].map((g) => c(g)),
      'rank',
      5,
    );
    expect(pick.picked.map((x) => x.gap.code)).toEqual(['a']);
    expect(pick.unranked.map((x) => x.gap.code)).toEqual(['u']);
    expect(pick.fellBack).toBe(false);
  });

  it('falls back to own score / max when the order fits no component (PCI 2023: 1 of 63 provinces)', () => {
    const low = gap('low', { score: 4.65 });
    const high = gap('high', { score: 7.43 });
    const pick = weakestComponents(
      [high, low].map((g) => c(g)),
      'rank',
      1,
    );
    expect(pick).toMatchObject({ by: 'score', fellBack: true });
    expect(pick.picked.map((x) => x.gap.code)).toEqual(['low']);
  });

  it('does not fall back when told not to (pooled lists mix no orders)', () => {
    const pick = weakestComponents([c(gap('low', { score: 4 }))], 'rank', 1, false);
    expect(pick).toMatchObject({ by: 'rank', fellBack: false, picked: [] });
  });
});
