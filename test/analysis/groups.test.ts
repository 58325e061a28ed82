import { describe, expect, it } from 'vitest';
import { groupsOf, ranksWithin } from '../../src/analysis/groups.js';
import { compositeOf } from '../../src/analysis/composite.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';
import { openData } from '../../src/load/open-data.js';
import { expectedUnits } from '../../src/model/dataset.js';
import { groupSchemeFor, periodFor } from '../../src/model/definitions.js';
import { parseBenchmark } from '../../src/commands/shared/resolve.js';
import { gaps } from '../helpers/commands.js';

const data = openData(BUNDLED_DATA_DIR, { readAll: true });
const groupsIn = (index: string, year: number) => {
  const table = data.table(index, year)!;
  const period = periodFor(data.defs, index, year)!;
  return { table, period, groups: groupsOf(groupSchemeFor(data.defs, index, year), table, period, expectedUnits(data.defs, year)) };
};
const code = (name: string) => data.defs.provinces.resolve(name, 2023)!.code;

describe('PAPI percentile groups reproduce the published group sizes', () => {
  it('PAPI 2023: the top group has 15 of the 61 provinces with scores (TTXVN, 2/4/2024), led by Thừa Thiên Huế', () => {
    const { groups, table } = groupsIn('papi', 2023);
    expect(table.rows.filter((r) => r.composite !== undefined)).toHaveLength(61);
    const top = [...groups].filter(([, g]) => g.code === 'top').map(([p]) => p);
    expect(top).toHaveLength(15);
    expect(top).toContain(code('Thừa Thiên Huế'));
  });

  it('the rule in integers: at N = 61 ranks 1–15 have (N − rank)/N ≥ 0.75, 16 does not (45/61 = 0.738)', () => {
    expect(ranksWithin(61, 0.75)).toBe(15);
    expect(ranksWithin(61, 0.5)).toBe(30);
    expect(ranksWithin(61, 0.25)).toBe(45);
    expect(ranksWithin(63, 0.75)).toBe(15);
    expect(ranksWithin(64, 0.75)).toBe(16);
  });

  it('top-quartile agrees with the top group: the 15th province (Hà Nội) reads gap 0, the 16th (Vĩnh Phúc) a negative gap', () => {
    const bench = parseBenchmark('top-quartile');
    const hanoi = gaps({ dataDir: BUNDLED_DATA_DIR, index: 'papi', year: 2023, province: 'Hà Nội', benchmark: bench }).composite;
    const vinhPhuc = gaps({ dataDir: BUNDLED_DATA_DIR, index: 'papi', year: 2023, province: 'Vĩnh Phúc', benchmark: bench }).composite;
    expect(hanoi.gap).toBe(0);
    expect(vinhPhuc.gap).toBeLessThan(0);
    const { groups } = groupsIn('papi', 2023);
    expect(groups.get(code('Hà Nội'))?.code).toBe('top');
    expect(groups.get(code('Vĩnh Phúc'))?.code).toBe('high-average');
  });
});

describe('PCI tiers are the published ones, never derived', () => {
  it('Quảng Trị: "Thấp" in 2017 (59.25, 54/63) and "Trung bình" in 2018 (61.16, 53/63), as in VCCI ranking tables', () => {
    expect(groupsIn('pci', 2017).groups.get('quang-tri')).toEqual({ code: 'low', label: 'Thấp' });
    expect(groupsIn('pci', 2018).groups.get('quang-tri')).toEqual({ code: 'average', label: 'Trung bình' });
  });

  it('Quảng Ninh 2017 is "Rất Tốt" as written; every one of the 63 provinces has a tier in 2017 and 2018', () => {
    expect(groupsIn('pci', 2017).groups.get('quang-ninh')).toEqual({ code: 'very-good', label: 'Rất Tốt' });
    for (const year of [2017, 2018]) expect(groupsIn('pci', year).groups.size).toBe(63);
  });

  it('no tier where VCCI published none (2016, 2019)', () => {
    for (const year of [2016, 2019]) expect(groupsIn('pci', year).groups.size).toBe(0);
  });
});

describe('PAR INDEX groups by share of the maximum', () => {
  it('Đồng Nai 2024 (90.69 %) is in group A, as the source says; Hải Phòng 2023 (91.87 %) too ("one of 7 in Group A")', () => {
    expect(groupsIn('par-index', 2024).groups.get('dong-nai')?.code).toBe('a');
    expect(groupsIn('par-index', 2023).groups.get('hai-phong')?.code).toBe('a');
  });

  it('2024: 13 provinces in A and 50 in B were published; the bundled scores do not contradict it', () => {
    const { groups } = groupsIn('par-index', 2024);
    const a = [...groups.values()].filter((g) => g.code === 'a').length;
    expect(a).toBeLessThanOrEqual(13);
    expect([...groups.values()].every((g) => g.code === 'a' || g.code === 'b')).toBe(true);
  });

  it('SIPAS has no scheme (the sources define no groups)', () => {
    expect(data.defs.groups.some((g) => g.index === 'sipas')).toBe(false);
  });
});

describe('invariants on the bundled data', () => {
  const percentileYears = data.years('papi').filter((y) => groupSchemeFor(data.defs, 'papi', y));
  it('every PAPI province with a score has exactly one group, and groups are ordered by score', () => {
    expect(percentileYears.length).toBeGreaterThan(10);
    for (const year of percentileYears) {
      const { groups, table, period } = groupsIn('papi', year);
      const scored = table.rows.filter((r) => compositeOf(r, period) !== undefined);
      expect(groups.size, `PAPI ${year}`).toBe(scored.length);
      ordered('papi', year);
    }
  });

  it('PCI tiers 2017 and 2018 are ordered by score', () => {
    ordered('pci', 2017);
    ordered('pci', 2018);
  });
});

/** The lowest score of each group is at or above the highest score of every group below it. */
function ordered(index: string, year: number): void {
  const { groups, table, period } = groupsIn(index, year);
  const scheme = groupSchemeFor(data.defs, index, year)!;
  const scores = (gcode: string) => table.rows.filter((r) => groups.get(r.province)?.code === gcode).map((r) => compositeOf(r, period)!.value);
  const present = scheme.groups.map((g) => scores(g.code)).filter((s) => s.length > 0);
  for (let i = 1; i < present.length; i++) expect(Math.min(...present[i - 1]!), `${index} ${year}`).toBeGreaterThanOrEqual(Math.max(...present[i]!));
}
