import { describe, expect, it } from 'vitest';
import { previousYear, standingChange, type CompareContext } from '../../src/analysis/change.js';
import { percentile, type RankInfo } from '../../src/analysis/ranking.js';
import type { Standing } from '../../src/analysis/standing.js';
import { requireDefinitions } from '../../src/load/definitions.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';

const defs = requireDefinitions(BUNDLED_DATA_DIR);
const rank = (r: number, of = 63): RankInfo => ({ rank: r, of, percentile: percentile(r, of), origin: 'computed', tiedWith: [] });
const at = (score: number | null, r: RankInfo | null): Standing => ({
  score,
  scoreOrigin: score === null ? null : 'published',
  rank: r,
  noRank: r ? null : 'no-score',
});
const ctx = (index: string, fromYear: number, toYear: number, extra: Partial<CompareContext> = {}): CompareContext => ({
  periods: defs.periods,
  index,
  fromYear,
  toYear,
  precision: 2,
  scaleFrom: 100,
  scaleTo: 100,
  ...extra,
});

describe('standingChange', () => {
  it('gives score, place and percentile changes without flags inside one methodology period', () => {
    const c = standingChange(ctx('pci', 2020, 2021), at(63.07, rank(41)), at(63.33, rank(41)));
    expect(c).toMatchObject({ scoreDelta: 0.26, places: 0, percentileDelta: 0, flags: [] });
  });

  it('flags the PCI 2022 break but still compares', () => {
    const c = standingChange(ctx('pci', 2021, 2022), at(63.33, rank(41)), at(61.26, rank(59)));
    expect(c.flags).toEqual(['methodology-break']);
    expect(c.breaks.map((b) => b.year)).toEqual([2022]);
    expect(c).toMatchObject({ scoreDelta: -2.07, places: -18 });
  });

  it('withholds the score change when the scale changed (PAPI 60 → 80 in 2018)', () => {
    const c = standingChange(ctx('papi', 2017, 2018, { scaleFrom: 60, scaleTo: 80 }), at(37.6, rank(15)), at(46.1, rank(6, 61)));
    expect(c.scoreDelta).toBeNull();
    expect(c.flags).toEqual(['methodology-break', 'scale-changed', 'denominator-changed']);
    expect(c.places).toBe(9);
  });

  it('marks "score up, rank down" and "score down, rank up", ignoring moves that round to zero', () => {
    expect(standingChange(ctx('pci', 2016, 2017), at(57.62, rank(43)), at(59.25, rank(54))).flags).toEqual(['score-up-rank-down']);
    expect(standingChange(ctx('pci', 2019, 2020), at(63.84, rank(49)), at(63.07, rank(41))).flags).toEqual(['score-down-rank-up']);
    expect(standingChange(ctx('pci', 2019, 2020), at(63.84, rank(49)), at(63.841, rank(50))).flags).toEqual([]);
  });

  it('compares nothing across a change of provincial unit', () => {
    const c = standingChange(ctx('pci', 2023, 2024, { unitChanged: true }), at(60, rank(10)), at(61, rank(5, 34)));
    expect(c).toMatchObject({ scoreDelta: null, places: null, percentileDelta: null, flags: ['unit-changed'] });
  });

  it('leaves a missing side null rather than zero', () => {
    const c = standingChange(ctx('sipas', 2020, 2021), at(null, rank(34)), at(null, rank(46)));
    expect(c.scoreDelta).toBeNull();
    expect(c.places).toBe(-12);
    expect(standingChange(ctx('sipas', 2021, 2022), at(null, null), at(76.43, rank(55))).places).toBeNull();
  });
});

describe('previousYear', () => {
  it('finds the latest earlier year in any order', () => {
    expect(previousYear([2016, 2012, 2020, 2021], 2020)).toBe(2016);
    expect(previousYear([2020], 2020)).toBeUndefined();
  });
});
