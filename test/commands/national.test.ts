import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';
import { requireDefinitions } from '../../src/load/definitions.js';
import { nameKey } from '../../src/model/provinces.js';
import { provinceSeries } from '../../src/model/province-series.js';

// synthetic-national is synthetic-gaps plus a made-up "Cả nước" row in PCI 2015 and 2016 (none in 2017).
const NATIONAL = 'test/fixtures/synthetic-national/data';
const WITHOUT = 'test/fixtures/synthetic-gaps/data';
const json = async (args: string[]) => {
  const r = await runCli([...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('an aggregate ("Cả nước") on synthetic data', () => {
  it('trend: its scores year by year, rank/percentile/places not applicable, one note, coverage', async () => {
    const r = await runCli(['trend', 'Cả nước', '--data', NATIONAL]);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/trend-synthetic-national.txt');
    const en = await runCli(['trend', 'national', '--data', NATIONAL, '--lang', 'en']);
    await expect(en.stdout).toMatchFileSnapshot('../golden/trend-synthetic-national-en.txt');
  });

  it('trend JSON: aggregate true, every rank null with noRank "aggregate", the file\'s own scores', async () => {
    const out = await json(['trend', 'ca nuoc', '--data', NATIONAL]);
    expect(out.aggregate).toBe(true);
    expect(out.units[0]).toBe('vn');
    const years = out.indices[0].years;
    expect(years.map((y: { year: number; score: number }) => [y.year, y.score])).toEqual([
      [2015, 61.375],
      [2016, 58.3],
    ]);
    for (const y of years) expect([y.rank, y.noRank, y.group]).toEqual([null, 'aggregate', null]);
    expect(years[1].change.places).toBeNull();
  });

  it('gaps: scores and gaps against the median, rank n/a, no department column', async () => {
    const r = await runCli(['gaps', 'Cả nước', '--index', 'pci', '--year', '2016', '--data', NATIONAL, '--lang', 'en']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/gaps-synthetic-national-2016-en.txt');
    const out = await json(['gaps', 'VN', '--index', 'pci', '--year', '2016', '--data', NATIONAL]);
    expect(out.aggregate).toBe(true);
    expect(out.composite.score).toBe(58.3);
    expect(out.composite.rank).toBeNull();
    expect(out.composite.na.rank).toEqual({ code: 'aggregate' });
    expect(out.fragility).toBeNull();
    // Median of the six provinces' 2016 composites (40, 47.5, 55, 60, 66.25, 70) is 57.5.
    expect(out.composite.benchmark.value).toBe(57.5);
    expect(out.composite.gap).toBeCloseTo(0.8, 10);
  });

  it('the aggregate rows change no rank and no N: ranks and a province trend are identical without them', async () => {
    for (const year of ['2015', '2016', '2017']) {
      const ranksIn = (d: string) => runCli(['ranks', '--index', 'pci', '--year', year, '--data', d, '--format', 'json']);
      const [withRows, without] = [await ranksIn(NATIONAL), await ranksIn(WITHOUT)];
      expect(withRows.stdout).toBe(without.stdout);
      expect(withRows.stdout).not.toContain('Cả nước');
      expect(JSON.parse(withRows.stdout).entries.every((e: { rank: { of: number } | null }) => e.rank === null || e.rank.of === 6)).toBe(true);
    }
    const trendIn = (d: string) => runCli(['trend', 'Alpha', '--data', d, '--format', 'json']);
    const [a, b] = [await trendIn(NATIONAL), await trendIn(WITHOUT)];
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('"Cả nước" on the bundled data', () => {
  it("trend --index papi: PAPI's published national averages 2021–2024 (data/README.md: 41.71, 41.56, 42.3265, 41.43)", async () => {
    const out = await json(['trend', 'Cả nước', '--index', 'papi']);
    const years = out.indices[0].years.map((y: { year: number; score: number; rank: null }) => [y.year, y.score, y.rank]);
    expect(years).toEqual([
      [2021, 41.71, null],
      [2022, 41.56, null],
      [2023, 42.3265, null],
      [2024, 41.43, null],
    ]);
  });

  it('the value is the one of the source table, row "Cả nước" of data/papi/2023.csv', async () => {
    const row = readFileSync(join(BUNDLED_DATA_DIR, 'papi', '2023.csv'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Cả nước,'))!;
    const out = await json(['trend', 'national', '--index', 'papi', '--from', '2023', '--to', '2023']);
    expect(out.indices[0].years[0].score).toBe(Number(row.split(',')[1]));
  });

  it('PAPI 2023 ranks 61 provinces (Quảng Ninh and Bình Dương have no score, data/README.md) and never "Cả nước"', async () => {
    const out = await json(['ranks', '--index', 'papi', '--year', '2023']);
    expect(out.withScore).toBe(61);
    expect(out.entries).toHaveLength(61);
    expect(out.entries.some((e: { province: string }) => e.province === 'vn' || e.province === 'vn-average')).toBe(false);
    const text = await runCli(['ranks', '--index', 'papi', '--year', '2023']);
    expect(text.stdout).not.toContain('Cả nước');
  });

  it('PAR INDEX has no "Cả nước" row: its average of the provinces stands in, said so, as --benchmark national reads it', async () => {
    const out = await json(['trend', 'Cả nước', '--index', 'par-index', '--from', '2023', '--to', '2023']);
    expect(out.indices[0].years[0]).toMatchObject({ unit: 'vn-average', score: 86.98, rank: null, noRank: 'aggregate' });
    const gaps = await json(['gaps', 'Quảng Trị', '--index', 'par-index', '--year', '2023', '--benchmark', 'national']);
    expect(gaps.composite.benchmark.value).toBe(86.98);
    const text = await runCli(['trend', 'Cả nước', '--index', 'par-index', '--lang', 'en']);
    expect(text.stdout).toContain('"Average of provinces" figure stands in for "National"');
  });

  it('gaps --index sipas --year 2023: the factor without a national value is the national figure\'s gap, not "the province"\'s', async () => {
    // data/README.md: SIPAS national factor values are stated for five factors in 2023; policy satisfaction is not.
    const out = await json(['gaps', 'Cả nước', '--index', 'sipas', '--year', '2023']);
    const missing = out.components.filter((g: { score: number | null }) => g.score === null);
    expect(missing.map((g: { code: string }) => g.code)).toEqual(['sipas_policy']);
    expect(missing[0].na.score).toEqual({ code: 'no-score', aggregate: 'vn' });
    const wide = { columns: 300 };
    const vi = await runCli(['gaps', 'Cả nước', '--index', 'sipas', '--year', '2023'], wide);
    expect(vi.stdout).toContain('Không có điểm (Hài lòng về xây dựng và tổ chức thực hiện chính sách): không có điểm "Cả nước" năm này.');
    expect(vi.stdout).not.toContain('tỉnh không có điểm');
    const en = await runCli(['gaps', 'national', '--index', 'sipas', '--year', '2023', '--lang', 'en'], wide);
    expect(en.stdout).toMatch(/No score \([^)]+\): no "National" score this year\./);
    expect(en.stdout).not.toContain('the province has no score');
    // A province keeps the province's wording (Quảng Nam 2023: a composite, no factor values).
    const province = await runCli(['gaps', 'Quảng Nam', '--index', 'sipas', '--year', '2023', '--lang', 'en'], wide);
    expect(province.stdout).toContain('the province has no score this year');
  });

  it('every spelling reaches the national row: Cả nước, ca nuoc, national, toàn quốc, VN', () => {
    const defs = requireDefinitions(BUNDLED_DATA_DIR);
    for (const name of ['Cả nước', 'ca nuoc', 'CA NUOC', 'national', 'National', 'toàn quốc', 'toan quoc', 'VN']) {
      expect(
        provinceSeries(defs, name, 'allow').map((p) => p.code),
        name,
      ).toEqual(['vn', 'vn-average']);
    }
    expect(provinceSeries(defs, 'Bình quân các tỉnh, thành phố', 'allow').map((p) => p.code)).toEqual(['vn-average']);
  });

  it.each([
    ['simulate', 'Cả nước', '--index', 'pci', '--set', 'land=7'],
    ['target', 'national', '--index', 'pci', '--rank', '30'],
    ['proposals', 'VN'],
    ['report', 'toàn quốc'],
    ['weakest', 'Cả nước'],
    ['departments', 'Cả nước', '--year', '2022'],
    ['changes', '--index', 'pci', '--province', 'Cả nước'],
  ])('%s refuses an aggregate in one line saying why, exit 2', async (...args) => {
    const r = await runCli([...args, '--lang', 'en']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^chiso: "Cả nước" is an aggregate, not a province: \S.+/);
    expect(lines.slice(1).every((l) => l.startsWith('  hint:'))).toBe(true);
  });
});

describe('suggestions', () => {
  const defs = requireDefinitions(BUNDLED_DATA_DIR);
  const spellings = defs.provinces.all.flatMap((p) => [p.code, p.nameVi, p.nameEn, ...p.aliases]);

  it('never suggest what was typed (every known spelling, and each with its last letter dropped)', () => {
    const typed = spellings.flatMap((s) => [s, s.slice(0, -1)]);
    for (const t of typed) {
      const keys = defs.provinces.suggest(t).flatMap((p) => [p.code, p.nameVi, p.nameEn, ...p.aliases].map(nameKey));
      expect(keys, t).not.toContain(nameKey(t));
    }
  });

  it('"Cả nước" is answered, not met with "did you mean Cả nước?"', async () => {
    for (const name of ['Cả nước', 'ca nuoc', 'national']) {
      const r = await runCli(['trend', name, '--index', 'papi']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/did you mean|có phải/);
    }
  });
});
