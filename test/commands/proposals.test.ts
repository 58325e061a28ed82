import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { proposals as proposalsOn } from '../helpers/commands.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';

const SYN = 'test/fixtures/synthetic-report';
const proposals = (over: Partial<Parameters<typeof proposalsOn>[0]> = {}) => proposalsOn({ dataDir: BUNDLED_DATA_DIR, province: 'Quảng Trị', ...over });

describe('chiso proposals on synthetic data', () => {
  const r = proposals({ dataDir: SYN, province: 'Ấn Phú' });

  it('gives one sheet per department, most components led first, then by name', () => {
    expect(r.sheets.map((s) => [s.department, s.led, s.coordinated])).toEqual([
      ['Sở Nội vụ', 3, 0],
      ['Sở Kế hoạch', 1, 1],
      ['Sở Khoa học', 1, 0],
      ['Sở Tài nguyên', 1, 0],
      ['Sở Thông tin', 1, 0],
      ['Văn phòng UBND', 1, 0],
      ['các sở', 0, 1],
      ['Mặt trận', 0, 1],
    ]);
  });

  it('names the department in force in each index’s year: Sở Thông tin for ALPHA 2023, Sở Khoa học for GAMMA 2025', () => {
    const item = (dept: string) => r.sheets.find((s) => s.department === dept)!.items.map((i) => `${i.index} ${i.year} ${i.component}`);
    expect(item('Sở Thông tin')).toEqual(['alpha 2023 a2']);
    expect(item('Sở Khoa học')).toEqual(['gamma 2025 g2']);
    expect(r.sheets.some((s) => s.department === 'Sở Tài chính')).toBe(false);
  });

  it('gives value, rank, gaps to the median and the best, and the best-practice provinces', () => {
    const a2 = r.sheets.find((s) => s.department === 'Sở Kế hoạch')!.items.find((i) => i.component === 'a2')!;
    expect(a2).toMatchObject({
      role: 'coordinating',
      score: 6.5,
      rank: { rank: 3, of: 7 },
      gapToMedian: 0.5,
      gapToBest: -2,
      best: { value: 8.5, provinces: ['ea-lo'] },
    });
    expect(a2.bestPractice.national.provinces.map((p) => [p.province, p.score])).toEqual([
      ['ea-lo', 8.5],
      ['dong-khe', 7.5],
      ['an-phu', 6.5],
    ]);
    expect(a2.bestPractice.region).toMatchObject({ region: 'north', n: 4, of: 4 });
    // the merged unit of 2025 has no region
    const g1 = r.sheets[0]!.items.find((i) => i.component === 'g1')!;
    expect(g1.bestPractice.region.reason).toEqual({ code: 'no-region', province: 'an-phu-2025' });
    // BETA: 3 of 8 provinces quoted, no median, no best, no national list
    const beta = r.sheets[0]!.items.find((i) => i.component === 'beta')!;
    expect(beta).toMatchObject({ median: { value: null }, best: { value: null }, naBest: { code: 'coverage', have: 3, of: 8 } });
    expect(beta.bestPractice.national.reason).toMatchObject({ code: 'coverage', have: 3, of: 8 });
  });

  it('matches --department as chiso departments does, and says when a department has nothing in the years reported', () => {
    expect(proposals({ dataDir: SYN, province: 'Ấn Phú', department: 'noi vu' }).sheets.map((s) => s.department)).toEqual(['Sở Nội vụ']);
    const none = proposals({ dataDir: SYN, province: 'Ấn Phú', department: 'Sở Tài chính' });
    expect(none.sheets).toEqual([{ department: 'Sở Tài chính', led: 0, coordinated: 0, items: [] }]);
    expect(() => proposalsOn({ dataDir: SYN, province: 'Ấn Phú', department: 'Sở Ngoại giao' })).toThrow(/unknown department/);
    expect(() => proposalsOn({ dataDir: SYN, province: 'Ấn Phú', department: 'Sở' })).toThrow(/matches several departments/);
  });
});

describe('chiso proposals on the bundled data', () => {
  it('lists the three best PAPI 2024 provinces on each dimension, as the file gives them', () => {
    const r = proposals({ department: 'Sở Nội vụ' });
    const d1 = r.sheets[0]!.items.find((i) => i.component === 'd1_participation')!;
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(BUNDLED_DATA_DIR, 'papi/2024.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    const sorted = rows
      .filter((x) => x.d1_participation !== '')
      .map((x) => Number(x.d1_participation))
      .sort((a, b) => b - a);
    expect(d1.bestPractice.national.provinces.map((p) => p.score)).toEqual(sorted.slice(0, 3));
    expect(d1.best.value).toBe(sorted[0]);
    expect(d1.gapToBest).toBeCloseTo(d1.score! - sorted[0]!, 12);
    expect(d1.bestPractice.national).toMatchObject({ n: 61, of: 63 });
  });

  it('gives the PCI 2023 sub-indices with the median and best of the 63 provinces (Quảng Trị legal institutions 6.66, province page)', () => {
    const r = proposals({ department: 'Sở Tư pháp' });
    const legal = r.sheets[0]!.items.find((i) => i.component === 'legal_institutions')!;
    expect(legal).toMatchObject({ year: 2023, role: 'lead', score: 6.66, naBest: null });
    expect(legal.median.value).not.toBeNull();
    expect(legal.change).toMatchObject({ fromYear: 2022, trend: 'down' });
  });

  it('uses one year per index and keeps Sở Kế hoạch và Đầu tư (not yet merged into Sở Tài chính in 2023)', () => {
    const r = proposals();
    expect(r.indices.map((i) => [i.index, i.year])).toEqual([
      ['pci', 2023],
      ['papi', 2024],
      ['par-index', 2023],
      ['sipas', 2023],
    ]);
    const khdt = r.sheets.find((s) => s.department === 'Sở Kế hoạch và Đầu tư')!;
    expect(khdt.items.filter((i) => i.role === 'lead').map((i) => i.component)).toEqual([
      'pci',
      'entry_costs',
      'transparency',
      'policy_bias',
      'business_support',
    ]);
    expect(r.sheets.some((s) => s.department === 'Sở Nông nghiệp và Môi trường')).toBe(false);
  });
});
