import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { competitionRanks } from '../../src/analysis/ties.js';
import { ranks } from '../helpers/commands.js';
import { openData } from '../../src/load/open-data.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';

const pci = openData(BUNDLED_DATA_DIR, { indices: ['pci'], years: (y) => y === 2016 || y === 2020 });

/** Ranks computed from the stored composites alone, ignoring the published rank column. */
function computedFromComposites(year: number) {
  const table = pci.table('pci', year)!;
  const computed = competitionRanks(table.rows.map((r) => ({ key: r.province, value: r.composite! })));
  return { table, computed };
}

describe('facts published by VCCI', () => {
  it('PCI 2016: ranks computed from the composites equal the published ranks for all 63 provinces', () => {
    const { table, computed } = computedFromComposites(2016);
    expect(table.rows).toHaveLength(63);
    for (const r of table.rows) expect({ province: r.province, rank: computed.get(r.province)!.rank }).toEqual({ province: r.province, rank: r.rank });
    // The published 2-decimal scores tie (e.g. Bình Thuận, Bắc Giang, Đồng Nai at 58.20); the stored 10-decimal values do not.
    const at2 = new Set(table.rows.map((r) => r.composite!.toFixed(2)));
    expect(at2.size).toBeLessThan(63);
    expect([...computed.values()].every((c) => c.tiedWith.length === 0)).toBe(true);
  });

  it('PCI 2020: the computed ranking equals the official one; the only differences are 2-decimal ties that VCCI orders', () => {
    const { table, computed } = computedFromComposites(2020);
    expect(table.rows).toHaveLength(63);
    const differ: string[][] = [];
    for (const r of table.rows) {
      const c = computed.get(r.province)!;
      // A tie shares the best place; the official rank must lie inside the tied block.
      expect(r.rank! >= c.rank && r.rank! <= c.rank + c.tiedWith.length).toBe(true);
      if (c.rank !== r.rank) differ.push([r.province, ...c.tiedWith].sort());
    }
    expect(differ.sort()).toEqual([
      ['bac-giang', 'khanh-hoa'],
      ['dong-nai', 'ha-tinh'],
      ['lai-chau', 'ninh-binh'],
    ]);
  });
});

describe('runRanks on the bundled data', () => {
  it('PCI 2019: Hòa Bình is computed 48/63, tied with Quảng Trị, whose published rank is 49/63', () => {
    const result = ranks({ dataDir: BUNDLED_DATA_DIR, index: 'pci', year: 2019 });
    const at = (p: string) => result.entries.find((e) => e.province === p)!;
    expect(at('hoa-binh').rank).toMatchObject({ rank: 48, of: 63, origin: 'computed', tiedWith: ['quang-tri'] });
    expect(at('quang-tri').rank).toMatchObject({ rank: 49, of: 63, origin: 'published', byScore: { rank: 48, tiedWith: ['hoa-binh'] } });
    expect(at('quang-tri').score).toBe(63.84);
    expect(result.entries).toHaveLength(63);
    expect(result).toMatchObject({ computable: true, withScore: 63, expectedProvinces: 63, rankKind: 'official', missing: [] });
  });

  it('PAPI: ranking the reported totals reproduces the press ranks of Quảng Trị (2020 6, 2021 28, 2022 37, 2023 26)', () => {
    for (const [year, rank] of [
      [2020, 6],
      [2021, 28],
      [2022, 37],
      [2023, 26],
    ] as const) {
      const qt = ranks({ dataDir: BUNDLED_DATA_DIR, index: 'papi', year }).entries.find((e) => e.province === 'quang-tri')!;
      expect(qt.rank).toMatchObject({ rank, of: 63, origin: 'published' });
      expect(qt.rank!.byScore!.rank).toBe(rank);
    }
  });

  it('PAR INDEX 2023: too few scores to compute ranks, so only the quoted ranks are given and the rest say why', () => {
    const result = ranks({ dataDir: BUNDLED_DATA_DIR, index: 'par-index', year: 2023 });
    expect(result).toMatchObject({ computable: false, withScore: 13, expectedProvinces: 63 });
    expect(result.entries.filter((e) => e.rank).map((e) => [e.province, e.rank!.rank, e.rank!.of])).toEqual([
      ['quang-ninh', 1, 63],
      ['hai-phong', 2, 63],
      ['ha-noi', 3, 63],
      ['ninh-binh', 11, 63],
      ['dong-nai', 32, 63],
      ['quang-tri', 41, 63],
      ['quang-nam', 56, 63],
      ['an-giang', 63, 63],
    ]);
    expect(result.entries.find((e) => e.province === 'bac-giang')).toMatchObject({ score: 91.16, rank: null, noRank: 'coverage' });
    expect(result.missing).toHaveLength(50);
  });

  it('PCI 2023: sub-indices for all 63 but composites only where published, so only published ranks and the rest say why', () => {
    const result = ranks({ dataDir: BUNDLED_DATA_DIR, index: 'pci', year: 2023 });
    expect(result.entries).toHaveLength(63);
    expect(result.entries.filter((e) => e.rank).map((e) => [e.province, e.rank!.rank, e.rank!.origin])).toEqual([
      ['quang-ninh', 1, 'published'],
      ['long-an', 2, 'published'],
      ['ho-chi-minh', 27, 'published'],
    ]);
    expect(result.entries.find((e) => e.province === 'quang-tri')).toMatchObject({ score: 63.23, rank: null, noRank: 'coverage' });
    expect(result.entries.find((e) => e.province === 'an-giang')).toEqual({
      province: 'an-giang',
      region: 'mekong_delta',
      score: null,
      scoreOrigin: null,
      rank: null,
      noRank: 'no-score',
      group: null,
    });
  });

  it('defaults to the latest year with ranks (PCI 2024: the published top five and two provincial reports)', () => {
    expect(ranks({ dataDir: BUNDLED_DATA_DIR, index: 'pci' }).year).toBe(2024);
  });

  it('ranks a component among the provinces that have it, keeping published component ranks', () => {
    const result = ranks({ dataDir: BUNDLED_DATA_DIR, index: 'papi', year: 2021, component: 'd2' });
    expect(result.component).toBe('d2_transparency');
    expect(result.entries.find((e) => e.province === 'quang-tri')!.rank).toMatchObject({ rank: 35, of: 63, origin: 'published' });
    expect(result.entries[0]!.rank).toMatchObject({ rank: 1, of: 60, origin: 'computed' });
  });

  it('filters by region and cuts top or bottom without renumbering', () => {
    const all = ranks({ dataDir: BUNDLED_DATA_DIR, index: 'pci', year: 2016 }).entries;
    const result = ranks({ dataDir: BUNDLED_DATA_DIR, index: 'pci', year: 2016, region: 'Bắc Trung Bộ và duyên hải miền Trung', top: 3 });
    const expected = all.filter((e) => e.region === 'north_central_central_coast').slice(0, 3);
    expect(result.entries).toEqual(expected);
    expect(expected[0]).toMatchObject({ province: 'da-nang', rank: { rank: 1 } });
    const bottom = ranks({ dataDir: BUNDLED_DATA_DIR, index: 'pci', year: 2016, bottom: 2 }).entries;
    expect(bottom.map((e) => e.rank!.rank)).toEqual([62, 63]);
  });

  it('rejects what it cannot answer with a usage error', () => {
    const run = (opts: Partial<Parameters<typeof ranks>[0]>) => () => ranks({ dataDir: BUNDLED_DATA_DIR, index: 'pci', ...opts });
    expect(run({ year: 2005 })).toThrow(/^PCI has no data for 2005$/);
    expect(run({ year: 2020, component: 'nothing' })).toThrow(/unknown component "nothing" for PCI 2020/);
    expect(run({ top: 3, bottom: 3 })).toThrow(/either --top or --bottom/);
    expect(run({ top: 0 })).toThrow(/--top must be at least 1/);
    expect(run({ region: 'atlantis' })).toThrow(/unknown region/);
    expect(run({ index: 'pcx' })).toThrow(/unknown index "pcx"/);
  });
});

describe('the publisher line in the language asked for', () => {
  it('names each publisher in Vietnamese under vi and in English under en (indices.csv publisher, publisher_en)', async () => {
    for (const index of ['pci', 'papi', 'par-index']) {
      const vi = (await runCli(['ranks', '--index', index])).stdout;
      const en = (await runCli(['ranks', '--index', index, '--lang', 'en'])).stdout;
      expect(vi).not.toMatch(/\b(with the|and UNDP|Ministry of)\b/);
      expect(en).toMatch(/with the USAID PCI project|and UNDP|Ministry of Home Affairs/);
    }
  });
});
