import { describe, expect, it } from 'vitest';
import { benchmarkValue, type BenchmarkContext, type Score } from '../../src/analysis/benchmark.js';
import { parseBenchmark } from '../../src/commands/shared/resolve.js';
import { UsageError } from '../../src/model/errors.js';

// Six units in two regions; land scores of the synthetic fixture (test/fixtures/synthetic-gaps).
const units: BenchmarkContext['units'] = [
  { code: 'a', region: 'north' },
  { code: 'b', region: 'north' },
  { code: 'c', region: 'north' },
  { code: 'd', region: 'south' },
  { code: 'e', region: 'south' },
  { code: 'f', region: 'south' },
];
const ctx: BenchmarkContext = { units, province: 'a' };
const land: Score[] = [
  { province: 'a', value: 4 },
  { province: 'b', value: 5 },
  { province: 'c', value: 7 },
  { province: 'd', value: 6 },
  { province: 'e', value: 9 },
  { province: 'f', value: 3 },
];

describe('benchmarkValue, worked by hand on 4, 5, 7, 6, 9, 3 (sorted 3 4 5 6 7 9)', () => {
  it('median: mean of the two middle values, (5 + 6) / 2 = 5.5', () => {
    expect(benchmarkValue({ kind: 'median' }, land, ctx)).toEqual({ value: 5.5, n: 6, of: 6, provinces: [] });
  });

  it('mean: 34 / 6', () => {
    expect(benchmarkValue({ kind: 'mean' }, land, ctx).value).toBeCloseTo(34 / 6, 12);
  });

  it('top-quartile: the lowest score with (N − rank)/N ≥ 0.75; at N = 6 only rank 1 has it (5/6; rank 2: 4/6), so 9', () => {
    expect(benchmarkValue({ kind: 'top-quartile' }, land, ctx).value).toBe(9);
  });

  it('top-quartile at N = 61 (PAPI 2023) is the 15th score, not the 16th: 61 × 0.25 = 15.25 ranks qualify', () => {
    const scores = Array.from({ length: 61 }, (_, i) => ({ province: `p${i + 1}`, value: 100 - i }));
    const many = { units: scores.map((s) => ({ code: s.province })), province: 'p1' };
    expect(benchmarkValue({ kind: 'top-quartile' }, scores, many).value).toBe(86); // p15; p16 has 85
  });

  it('national: the national row when the year has one, otherwise no value and the reason', () => {
    expect(benchmarkValue({ kind: 'national' }, land, { ...ctx, national: { province: 'vn', value: 5.2 } })).toEqual({
      value: 5.2,
      n: 1,
      of: 1,
      provinces: ['vn'],
    });
    expect(benchmarkValue({ kind: 'national' }, land, ctx)).toMatchObject({ value: null, reason: { code: 'no-national' } });
  });

  it('best: 9, naming the province', () => {
    expect(benchmarkValue({ kind: 'best' }, land, ctx)).toMatchObject({ value: 9, provinces: ['e'] });
  });

  it('region: median of the north (4, 5, 7) = 5, out of the 3 northern units', () => {
    expect(benchmarkValue({ kind: 'region' }, land, ctx)).toEqual({ value: 5, n: 3, of: 3, provinces: [] });
    expect(benchmarkValue({ kind: 'region' }, land, { units, province: 'd' }).value).toBe(6); // south: 3 6 9
  });

  it("province:NAME: that province's score", () => {
    expect(benchmarkValue({ kind: 'province', province: 'd' }, land, ctx)).toEqual({ value: 6, n: 1, of: 1, provinces: ['d'] });
  });

  it('rank:K: the K-th highest score (9, 7, 6 …): rank 2 is 7', () => {
    expect(benchmarkValue({ kind: 'rank', rank: 2 }, land, ctx)).toMatchObject({ value: 7, provinces: ['c'] });
    expect(benchmarkValue({ kind: 'rank', rank: 6 }, land, ctx).value).toBe(3);
  });

  it('ties: best names every province at the top score', () => {
    const tied = [...land.filter((s) => s.province !== 'c'), { province: 'c', value: 9 }];
    expect(benchmarkValue({ kind: 'best' }, tied, ctx).provinces).toEqual(['c', 'e']);
  });
});

describe("the coverage rule (MIN_COVERAGE = 0.5 of the year's units)", () => {
  it('3 of 6 is enough, 2 of 6 is not', () => {
    expect(benchmarkValue({ kind: 'median' }, land.slice(0, 3), ctx).value).toBe(5);
    const r = benchmarkValue({ kind: 'median' }, land.slice(0, 2), ctx);
    expect(r.value).toBeNull();
    expect(r.reason).toEqual({ code: 'coverage', have: 2, of: 6, minShare: 0.5 });
  });

  it('applies to every statistic over provinces, including best and rank:K', () => {
    for (const spec of [{ kind: 'mean' }, { kind: 'top-quartile' }, { kind: 'best' }, { kind: 'rank', rank: 1 }] as const) {
      expect(benchmarkValue(spec, land.slice(0, 2), ctx).reason?.code).toBe('coverage');
    }
  });

  it('3 of 63 (PCI 2017–2022 sub-indices) gives no median', () => {
    const many = { units: Array.from({ length: 63 }, (_, i) => ({ code: `p${i}` })), province: 'p0' };
    const three = [0, 1, 2].map((i) => ({ province: `p${i}`, value: i }));
    expect(benchmarkValue({ kind: 'median' }, three, many).reason).toEqual({ code: 'coverage', have: 3, of: 63, minShare: 0.5 });
  });

  it('a region is covered by its own units: 2 of 3 northern units suffice', () => {
    const courts = [
      { province: 'a', value: 2 },
      { province: 'b', value: 3 },
    ];
    expect(benchmarkValue({ kind: 'region' }, courts, ctx)).toMatchObject({ value: 2.5, n: 2, of: 3 });
    expect(benchmarkValue({ kind: 'median' }, courts, ctx).value).toBeNull();
  });

  it('a named province needs only its own value', () => {
    expect(benchmarkValue({ kind: 'province', province: 'b' }, [{ province: 'b', value: 3 }], ctx).value).toBe(3);
  });
});

describe('benchmarks that cannot be given', () => {
  it('province:NAME without a score', () => {
    expect(benchmarkValue({ kind: 'province', province: 'z' }, land, ctx).reason).toEqual({ code: 'benchmark-province-missing', province: 'z' });
  });

  it('rank:K beyond the provinces with a score', () => {
    expect(benchmarkValue({ kind: 'rank', rank: 7 }, land, ctx).reason).toEqual({ code: 'rank-beyond', rank: 7, have: 6 });
  });

  it('region for a unit without a region (the 34 units from 2025)', () => {
    const merged = { units: [...units, { code: 'new' }], province: 'new' };
    expect(benchmarkValue({ kind: 'region' }, land, merged).reason).toEqual({ code: 'no-region', province: 'new' });
  });
});

describe('parseBenchmark', () => {
  it('reads every form', () => {
    expect(parseBenchmark('median')).toEqual({ kind: 'median' });
    expect(parseBenchmark('Top-Quartile')).toEqual({ kind: 'top-quartile' });
    expect(parseBenchmark('province:Đà Nẵng')).toEqual({ kind: 'province', province: 'Đà Nẵng' });
    expect(parseBenchmark('rank:10')).toEqual({ kind: 'rank', rank: 10 });
  });

  it('rejects the rest as a usage error', () => {
    for (const bad of ['medain', 'rank:0', 'rank:x', 'province:', 'median:1']) expect(() => parseBenchmark(bad)).toThrow(UsageError);
  });
});
