import { describe, expect, it } from 'vitest';
import { componentGaps, compositeGap, weightedGapSum, type GapInput } from '../../src/analysis/gaps.js';
import type { ComponentDef, IndexDef, Observation, Period, YearTable } from '../../src/model/types.js';

const index: IndexDef = {
  id: 'demo',
  nameVi: 'Demo',
  nameEn: 'Demo',
  shortName: 'DEMO',
  publisher: 'synthetic',
  compositeCode: 'total',
  rankKind: 'official',
  precision: 2,
};

// Weighted mean of three components with maxima 10, 10, 5 and weights 1, 3, 4 (total 8), composite out of 100.
const components: ComponentDef[] = [
  { code: 'land', kind: 'component', nameVi: 'Đất', nameEn: 'Land', max: 10, weight: 1 },
  { code: 'skills', kind: 'component', nameVi: 'Kỹ năng', nameEn: 'Skills', max: 10, weight: 3 },
  { code: 'courts', kind: 'component', nameVi: 'Tòa án', nameEn: 'Courts', max: 5, weight: 4 },
];
const period = (id: string, from: number, to: number, aggregation: Period['aggregation'] = 'weighted-mean'): Period => ({
  index: 'demo',
  id,
  fromYear: from,
  toYear: to,
  aggregation,
  compositeMax: 100,
  components,
});
const p2015 = period('p2015', 2015, 2016);
const p2017 = period('p2017', 2017, 2017, 'unknown');

const row = (province: string, values: Record<string, number>, composite?: number): Observation => ({
  province,
  line: 0,
  values,
  componentRanks: {},
  sources: [],
  composite,
});
const table = (year: number, rows: Observation[]): YearTable => ({ index: 'demo', year, file: `${year}.csv`, rows, aggregates: [], columns: {} });
const units = ['a', 'b', 'c', 'd'].map((code) => ({ code, region: 'r' }));

const y2016 = table(2016, [
  row('a', { land: 4, skills: 6, courts: 2 }),
  row('b', { land: 5, skills: 8, courts: 3 }),
  row('c', { land: 7, skills: 5, courts: 1 }),
  row('d', { land: 6, skills: 7 }),
]);
const y2015 = table(2015, [row('a', { land: 3.5, skills: 6.004, courts: 2 }), row('b', { land: 5, skills: 7, courts: 3 })]);

const input = (over: Partial<GapInput> = {}): GapInput => ({
  index,
  current: { table: y2016, period: p2015, units, province: 'a' },
  previous: { table: y2015, period: p2015, units, province: 'a' },
  periods: [p2015, p2017],
  benchmark: { kind: 'province', province: 'b' },
  ...over,
});

describe('componentGaps: weighted gaps worked by hand', () => {
  // Points per unit = weight / total weight × composite max / component max:
  // land 1/8 × 100/10 = 1.25; skills 3/8 × 10 = 3.75; courts 4/8 × 100/5 = 10.
  const gaps = componentGaps(input());
  const by = (code: string) => gaps.find((g) => g.code === code)!;

  it('gives points per unit from the weights and maxima', () => {
    expect(gaps.map((g) => g.pointsPerUnit)).toEqual([1.25, 3.75, 10]);
  });

  it('gap = score − benchmark, share = gap / max, weighted = gap × points per unit', () => {
    expect(by('land')).toMatchObject({ score: 4, gap: -1, gapShare: -0.1, weightedGap: -1.25 });
    expect(by('skills')).toMatchObject({ score: 6, gap: -2, gapShare: -0.2, weightedGap: -7.5 });
    expect(by('courts')).toMatchObject({ score: 2, gap: -1, gapShare: -0.2, weightedGap: -10 });
  });

  it('weighted gaps add up to the composite difference: a 47.5 vs b 66.25', () => {
    // a: (4/10×1 + 6/10×3 + 2/5×4) / 8 × 100 = 3.8 / 8 × 100 = 47.5; b: 5.3 / 8 × 100 = 66.25.
    expect(weightedGapSum(gaps)).toBeCloseTo(47.5 - 66.25, 12);
    expect(compositeGap(input()).gap).toBeCloseTo(47.5 - 66.25, 12);
  });

  it('ranks among the provinces with a value, with the denominator', () => {
    expect(by('land').rank).toMatchObject({ rank: 4, of: 4, origin: 'computed' }); // 7 6 5 4
    expect(by('courts').rank).toMatchObject({ rank: 2, of: 3 }); // 3 2 1: d has none
  });

  it('change since the previous year, with the trend at the published precision', () => {
    expect(by('land').change).toMatchObject({ fromYear: 2015, from: 3.5, delta: 0.5, trend: 'up', breaks: [] });
    // 6.004 → 6: −0.004 rounds to 0.00 at 2 decimals, so the trend is "same".
    expect(by('skills').change).toMatchObject({ trend: 'same' });
    expect(by('skills').change!.delta).toBeCloseTo(-0.004, 12);
    expect(by('land').change!.places).toBe(-2); // 2nd of 2 in 2015 (5, 3.5) → 4th of 4
  });
});

describe('componentGaps: what it will not compute', () => {
  it("weighted gaps when the year's rule is unknown, with the period as reason", () => {
    const g = componentGaps(input({ current: { table: { ...y2016, year: 2017 }, period: p2017, units, province: 'a' } }))[0]!;
    expect(g.gap).toBe(-1);
    expect(g.weightedGap).toBeNull();
    expect(g.na.weightedGap).toEqual({ code: 'rule-unknown', period: '2017–2017' });
    expect(g.change!.breaks.map((b) => b.year)).toEqual([2017]);
  });

  it('share of the maximum when the maximum is unknown', () => {
    const noMax: ComponentDef = { code: 'land', kind: 'component', nameVi: 'x', nameEn: 'x' };
    const g = componentGaps(input(), [noMax])[0]!;
    expect(g.gapShare).toBeNull();
    expect(g.na.gapShare).toEqual({ code: 'no-max' });
  });

  it('anything for a province without a score; its benchmark still stands', () => {
    const g = componentGaps(input({ current: { table: y2016, period: p2015, units, province: 'd' } })).find((x) => x.code === 'courts')!;
    expect(g).toMatchObject({ score: null, rank: null, gap: null, weightedGap: null });
    expect(g.na.score).toEqual({ code: 'no-score' });
    expect(g.benchmark.value).toBe(3);
  });

  it('a median over too few provinces (2 of 4 is enough, 1 of 4 is not)', () => {
    const sparse = table(2016, [row('a', { land: 4 }), row('b', { land: 6 })]);
    expect(componentGaps(input({ current: { table: sparse, period: p2015, units, province: 'a' }, benchmark: { kind: 'median' } }))[0]!.benchmark.value).toBe(
      5,
    );
    const one = table(2016, [row('a', { land: 4 })]);
    const g = componentGaps(input({ current: { table: one, period: p2015, units, province: 'a' }, benchmark: { kind: 'median' } }))[0]!;
    expect(g.gap).toBeNull();
    expect(g.na.gap).toEqual({ code: 'coverage', have: 1, of: 4, minShare: 0.5 });
    expect(g.na.rank).toEqual({ code: 'coverage', have: 1, of: 4, minShare: 0.5 });
  });

  it('a change without an earlier year', () => {
    const g = componentGaps(input({ previous: undefined }))[0]!;
    expect(g.change).toBeNull();
    expect(g.na.change).toEqual({ code: 'no-previous-year' });
  });

  it('a weighted sum unless every component has one', () => {
    const gaps = componentGaps(input({ benchmark: { kind: 'province', province: 'd' } })); // d has no courts
    expect(weightedGapSum(gaps)).toBeNull();
  });
});

describe('sub-components', () => {
  it("count for their parent's points when sub-components add up to the parent (PAPI)", () => {
    const sub: ComponentDef = { code: 'land_sub1', kind: 'sub', parent: 'land', nameVi: 'x', nameEn: 'x' };
    const summed: Period = { ...period('s', 2015, 2016, 'sum'), subTolerance: 0.001, components: [components[0]!, sub] };
    const t = table(2016, [row('a', { land: 4, land_sub1: 1 }), row('b', { land: 5, land_sub1: 1.5 })]);
    const g = componentGaps(input({ current: { table: t, period: summed, units, province: 'a' }, previous: undefined }), [sub])[0]!;
    expect(g).toMatchObject({ kind: 'sub', parent: 'land', gap: -0.5, pointsPerUnit: 1, weightedGap: -0.5 });
  });
});
