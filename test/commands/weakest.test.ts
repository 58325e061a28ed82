import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { weakest as weakestOn } from '../helpers/commands.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';

const weakest = (over: Partial<Parameters<typeof weakestOn>[0]>) =>
  weakestOn({ dataDir: BUNDLED_DATA_DIR, province: 'Quảng Trị', pooled: false, by: 'rank', n: 3, benchmark: { kind: 'median' }, ...over });

/** The PAPI 2024 file read straight from disk, to check the command against an independent computation. */
function papi2024(): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(BUNDLED_DATA_DIR, 'papi/2024.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

describe('chiso weakest --province "Quảng Trị" --index papi --year 2024', () => {
  const r = weakest({ indices: ['papi'], year: 2024 });
  const rows = papi2024();

  it('lists three PAPI dimensions, weakest percentile rank first, each with its departments', () => {
    expect(r.rows).toHaveLength(3);
    expect(r.rows.map((x) => x.position)).toEqual([1, 2, 3]);
    const percentiles = r.rows.map((x) => x.rank!.percentile);
    expect([...percentiles].sort((a, b) => a - b)).toEqual(percentiles);
    for (const x of r.rows) {
      expect(x.departments?.lead.length).toBeGreaterThan(0);
      expect(x.departments?.basis).toBe('unconfirmed'); // DOMAIN §3.4: every per-dimension lead is common practice
    }
  });

  it('compares with the median of the provinces with data (61 of 63 in 2024), computed here from the file', () => {
    for (const x of r.rows) {
      const values = rows
        .map((row) => row[x.code]!)
        .filter((v) => v !== '')
        .map(Number)
        .sort((a, b) => a - b);
      expect(values).toHaveLength(61);
      const median = values[30]!; // 61 values: the 31st
      const own = Number(rows.find((row) => row.province === 'Quảng Trị')![x.code]);
      expect(x.benchmark).toMatchObject({ value: median, n: 61, of: 63 });
      expect(x.score).toBe(own);
      expect(x.gap).toBeCloseTo(own - median, 12);
      // rank = 1 + provinces scoring higher, out of the 61 with a value
      expect(x.rank).toMatchObject({ rank: 1 + values.filter((v) => v > own).length, of: 61, origin: 'computed' });
    }
  });

  it('gives the trend since 2023 and no fallback', () => {
    expect(r.scopes).toEqual([
      expect.objectContaining({ index: 'papi', year: 2024, province: 'quang-tri', previousYear: 2023, by: 'rank', fellBack: false, reason: null }),
    ]);
    for (const x of r.rows) expect(['up', 'down', 'same']).toContain(x.change!.trend);
  });

  it('orders by gap or weighted gap when asked (PAPI: a dimension point is a total point)', () => {
    const byGap = weakest({ indices: ['papi'], year: 2024, by: 'gap', n: 8 });
    const shares = byGap.rows.map((x) => x.gapShare!);
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
    const byWeighted = weakest({ indices: ['papi'], year: 2024, by: 'weighted-gap', n: 8 });
    expect(byWeighted.rows.map((x) => x.code)).toEqual(byGap.rows.map((x) => x.code));
  });
});

describe('chiso weakest defaults and fallbacks on the bundled data', () => {
  const r = weakest({});

  it('takes, per index, the latest year with component scores for the province', () => {
    expect(r.scopes.map((s) => [s.index, s.year])).toEqual([
      ['pci', 2023],
      ['papi', 2024],
      ['par-index', 2023],
      ['sipas', 2023],
    ]);
  });

  it('PCI 2023: all 63 provinces have sub-indices, so they are ranked among the 63 (computed ranks, worst first)', () => {
    const pci = r.scopes.find((s) => s.index === 'pci')!;
    expect(pci).toMatchObject({ by: 'rank', fellBack: false, fallbackReason: null });
    const rows = r.rows.filter((x) => x.index === 'pci');
    expect(rows).toHaveLength(3);
    for (const x of rows) expect(x.rank).toMatchObject({ of: 63, origin: 'computed' });
    expect(rows.map((x) => x.rank!.rank)).toEqual([...rows.map((x) => x.rank!.rank)].sort((a, b) => b - a));
  });

  it('PCI 2022 (3 of 63 provinces with sub-indices) cannot be ranked: it says why and orders by own score', () => {
    const pci = weakest({ year: 2022 }).scopes.find((s) => s.index === 'pci')!;
    expect(pci).toMatchObject({ by: 'score', fellBack: true, fallbackReason: { code: 'coverage', have: 3, of: 63, minShare: 0.5 } });
  });

  it('PAR INDEX 2023 uses the published component ranks (27/63, 17/63, 9/63)', () => {
    expect(r.rows.filter((x) => x.index === 'par-index').map((x) => [x.rank!.rank, x.rank!.of, x.rank!.origin])).toEqual([
      [27, 63, 'published'],
      [17, 63, 'published'],
      [9, 63, 'published'],
    ]);
  });

  it('SIPAS has no component scores and says so', () => {
    expect(r.scopes.find((s) => s.index === 'sipas')!.reason).toEqual({ code: 'no-component-data', index: 'sipas' });
  });

  it('--index all pools the four indices without mixing orders: PCI 2022 (3 provinces with sub-indices) is left unordered', () => {
    const pooled = weakest({ pooled: true, n: 5, year: 2022 });
    expect(pooled.rows.map((x) => x.position)).toEqual([1, 2, 3, 4, 5]);
    expect(pooled.rows.every((x) => x.rank !== null)).toBe(true);
    expect(pooled.scopes.find((s) => s.index === 'pci')!.unranked).toHaveLength(10);
    expect(weakest({ pooled: true, n: 5 }).scopes.find((s) => s.index === 'pci')!.unranked).toHaveLength(0);
  });
});
