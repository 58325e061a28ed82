import { describe, expect, it } from 'vitest';
import { parseBenchmark } from '../../src/commands/shared/resolve.js';
import { gaps } from '../helpers/commands.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';

const SYNTHETIC = 'test/fixtures/synthetic-gaps/data';
const synthetic = (benchmark: string, year = 2016, province = 'Alpha') =>
  gaps({ dataDir: SYNTHETIC, index: 'pci', year, province, benchmark: parseBenchmark(benchmark) });
const component = (r: ReturnType<typeof synthetic>, code: string) => r.components.find((c) => c.code === code)!;

// The synthetic fixture (2016): land 4 5 7 | 6 9 3, skills 6 8 5 | 7 9 2, courts 2 3 only
// (Alpha Bravo Charlie in the north | Delta Echo Foxtrot in the south). Alpha is the province.
// Weights 1, 3, 4 of 8; maxima 10, 10, 5; so points per unit: land 1.25, skills 3.75, courts 10.
describe('chiso gaps on the synthetic fixture, every benchmark worked by hand', () => {
  it('median: land (5 + 6) / 2 = 5.5 → gap −1.5, −15 % of 10, −1.875 points; skills 6.5 → −0.5, −1.875 points', () => {
    const r = synthetic('median');
    expect(component(r, 'land')).toMatchObject({ score: 4, gap: -1.5, gapShare: -0.15, weightedGap: -1.875 });
    expect(component(r, 'skills')).toMatchObject({ benchmark: { value: 6.5, n: 6, of: 6 }, gap: -0.5, weightedGap: -1.875 });
  });

  it('mean: land 34 / 6, skills 37 / 6', () => {
    const r = synthetic('mean');
    expect(component(r, 'land').gap).toBeCloseTo(4 - 34 / 6, 12);
    expect(component(r, 'skills').weightedGap).toBeCloseTo((6 - 37 / 6) * 3.75, 12);
  });

  it('top-quartile: at N = 6 the top quarter ((N − rank)/N ≥ 0.75) is rank 1 alone: land 9, skills 9', () => {
    const r = synthetic('top-quartile');
    expect(component(r, 'land').benchmark.value).toBe(9);
    expect(component(r, 'skills').gap).toBe(6 - 9);
  });

  it('best: land 9 (Echo) → −5 and −6.25 points', () => {
    expect(component(synthetic('best'), 'land')).toMatchObject({ benchmark: { value: 9, provinces: ['echo'] }, gap: -5, weightedGap: -6.25 });
  });

  it('region: north median land 5, skills 6; courts 2.5 from 2 of the 3 northern units', () => {
    const r = synthetic('region');
    expect(r.components.map((c) => c.benchmark.value)).toEqual([5, 6, 2.5]);
    expect(component(r, 'courts')).toMatchObject({ gap: -0.5, gapShare: -0.1, weightedGap: -5 });
  });

  it('province:NAME: against Delta, land −2, skills −1; Delta has no courts score', () => {
    const r = synthetic('province:delta');
    expect(r.benchmark).toEqual({ kind: 'province', province: 'delta' });
    expect(r.components.map((c) => c.gap)).toEqual([-2, -1, null]);
    expect(component(r, 'courts').na.gap).toEqual({ code: 'benchmark-province-missing', province: 'delta' });
  });

  it('rank:K: the 2nd best land is 7 (Charlie), skills 8 (Bravo)', () => {
    const r = synthetic('rank:2');
    expect(r.components.slice(0, 2).map((c) => [c.benchmark.value, c.benchmark.provinces])).toEqual([
      [7, ['charlie']],
      [8, ['bravo']],
    ]);
  });

  it('weighted gaps against one province add up to the composite difference: 47.5 − 66.25', () => {
    // land (4 − 5) × 1.25 + skills (6 − 8) × 3.75 + courts (2 − 3) × 10 = −1.25 − 7.5 − 10 = −18.75
    const r = synthetic('province:Bravo');
    expect(r.components.map((c) => c.weightedGap)).toEqual([-1.25, -7.5, -10]);
    expect(r.weightedGapSum).toBe(-18.75);
    expect(r.composite.gap).toBe(47.5 - 66.25);
  });

  it('coverage: courts has 2 of 6 scores, so no median, rank or gap — with the reason', () => {
    const c = component(synthetic('median'), 'courts');
    expect(c).toMatchObject({ score: 2, rank: null, gap: null, gapShare: null, weightedGap: null, benchmark: { value: null, n: 2, of: 6 } });
    expect(c.na.benchmark).toEqual({ code: 'coverage', have: 2, of: 6, minShare: 0.5 });
  });

  it('change since 2015 and departments of the year', () => {
    const r = synthetic('median');
    expect(r.previousYear).toBe(2015);
    expect(component(r, 'land').change).toMatchObject({ fromYear: 2015, from: 3.5, delta: 0.5, trend: 'up', breaks: [] });
    expect(component(r, 'land').departments?.lead).toEqual(['Sở Đất đai']);
    // skills changed hands on 2016-07-01: a 2016 report names the department in office at the end of 2016.
    expect(component(r, 'skills').departments).toMatchObject({ lead: ['Sở Nội vụ'], basis: 'unconfirmed', from: '2016-07-01' });
  });

  it('2017: unknown weights give no composite points, the change is flagged, and the successor department is named', () => {
    const r = synthetic('median', 2017);
    const land = component(r, 'land');
    expect(land).toMatchObject({ gap: 5 - 5.5, weightedGap: null, na: { weightedGap: { code: 'rule-unknown', period: '2017–2017' } } });
    expect(land.change!.breaks.map((b) => b.year)).toEqual([2017]);
    expect(land.departments?.lead).toEqual(['Sở Đất và Môi trường']);
    expect(r.weightedGapSum).toBeNull();
  });

  it('defaults to the latest year with component scores for the province', () => {
    expect(gaps({ dataDir: SYNTHETIC, index: 'pci', province: 'Alpha', benchmark: { kind: 'median' } }).year).toBe(2017);
  });
});

describe('chiso gaps on the bundled data', () => {
  const bundled = (year: number, benchmark: string) =>
    gaps({ dataDir: BUNDLED_DATA_DIR, index: 'pci', year, province: 'Quảng Trị', benchmark: parseBenchmark(benchmark) });

  it('PCI 2016 against Đà Nẵng: weighted gaps sum to the published PCI difference 57.6178665161 − 70.0013961792', () => {
    const r = bundled(2016, 'province:Đà Nẵng');
    expect(r.components).toHaveLength(10);
    expect(r.components.every((c) => c.weightedGap !== null)).toBe(true);
    // The VCCI workbooks store float32 values (about 7 significant digits): the 2013–2021 weights
    // reproduce each published PCI only to ~2e-6, so the sum agrees to 1e-5, not 1e-6 (measured: 2.6e-6).
    expect(Math.abs(r.weightedGapSum! - (57.6178665161 - 70.0013961792))).toBeLessThan(1e-5);
    expect(r.composite).toMatchObject({ score: 57.6178665161, rank: { rank: 43, of: 63, origin: 'published' } });
  });

  it('PCI 2016 weights: 5/5/20/5/10/5/5/20/20/5 of 100 make a sub-index point worth weight/10 PCI points', () => {
    expect(bundled(2016, 'median').components.map((c) => c.pointsPerUnit)).toEqual([0.5, 0.5, 2, 0.5, 1, 0.5, 0.5, 2, 2, 0.5]);
  });

  it('PCI 2022: sub-index gaps are n/a — only 3 of 63 provinces have sub-indices — and no weights are known', () => {
    const r = bundled(2022, 'median');
    for (const c of r.components) {
      expect(c.score).not.toBeNull();
      expect([c.benchmark.value, c.gap, c.rank, c.weightedGap]).toEqual([null, null, null, null]);
      expect(c.na.benchmark).toEqual({ code: 'coverage', have: 3, of: 63, minShare: 0.5 });
      expect(c.na.weightedGap).toEqual({ code: 'rule-unknown', period: '2022–2024' });
    }
    // The composite is published for all 63, so its own gap stands: Quảng Trị 61.26, rank 59/63.
    expect(r.composite).toMatchObject({ score: 61.26, rank: { rank: 59, of: 63 } });
    expect(r.composite.gap).not.toBeNull();
  });

  it('names the 2022 department for a 2022 report', () => {
    const r = bundled(2022, 'median');
    expect(r.components.find((c) => c.code === 'entry_costs')!.departments?.lead).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(r.components.find((c) => c.code === 'legal_institutions')!.departments).toMatchObject({ lead: ['Sở Tư pháp'], basis: 'verified' });
  });
});
