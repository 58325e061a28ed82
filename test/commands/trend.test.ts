import { describe, expect, it } from 'vitest';
import type { TrendResult } from '../../src/commands/trend/result.js';
import { trendDoc } from '../../src/commands/trend/view.js';
import { trend as trendOn } from '../helpers/commands.js';
import { runCli } from '../helpers/cli.js';
import { makeView } from '../../src/i18n/view.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';
import { cellText } from '../../src/render/doc.js';

const trend = trendOn({ dataDir: BUNDLED_DATA_DIR, province: 'Quảng Trị' });
const at = (r: TrendResult, index: string, year: number) => r.indices.find((i) => i.index === index)!.years.find((y) => y.year === year)!;
const rank = (index: string, year: number) => {
  const y = at(trend.result, index, year);
  return y.rank ? `${y.rank.rank}/${y.rank.of}` : null;
};

describe('chiso trend reproduces the directive of Quảng Trị (footnote 1)', () => {
  it('PCI: 2020 41, 2021 41, 2022 59/63', () => {
    expect([rank('pci', 2020), rank('pci', 2021), rank('pci', 2022)]).toEqual(['41/63', '41/63', '59/63']);
  });

  it('PAPI: 2020 6, 2021 28, 2022 37/63', () => {
    expect([rank('papi', 2020), rank('papi', 2021), rank('papi', 2022)]).toEqual(['6/63', '28/63', '37/63']);
  });

  it('SIPAS: 2020 34/63, 2021 46/63, 2022 55/63', () => {
    expect([rank('sipas', 2020), rank('sipas', 2021), rank('sipas', 2022)]).toEqual(['34/63', '46/63', '55/63']);
  });

  it('PAR INDEX: 2022 52/63', () => {
    expect(rank('par-index', 2022)).toBe('52/63');
  });

  it('the summary lines read like the footnote', () => {
    const doc = trendDoc(trend.result, trend.data.defs, makeView('vi'));
    const items = doc.flatMap((b) => (b.kind === 'list' ? b.items.map(cellText) : []));
    expect(items.find((s) => s.includes(' PCI: '))).toContain(
      'năm 2020 xếp thứ 41/63, năm 2021 xếp thứ 41/63 và năm 2022 xếp thứ 59/63; năm 2023 không có hạng.',
    );
    expect(items.find((s) => s.includes(' PAR INDEX: '))).toBe('Chỉ số cải cách hành chính PAR INDEX: năm 2022 xếp thứ 52/63 và năm 2023 xếp thứ 41/63.');
    expect(items.find((s) => s.includes(' SIPAS: '))).toMatch(
      /SIPAS: năm 2020 xếp thứ 34\/63, năm 2021 xếp thứ 46\/63, năm 2022 xếp thứ 55\/63 và năm 2023 xếp thứ 53\/63\.$/,
    );
  });
});

describe('chiso trend on other published facts', () => {
  it('an index named twice is shown once (each year once, never "changed" from itself)', async () => {
    const twice = await runCli(['trend', '--province', 'Quảng Trị', '--index', 'pci,PCI', '--format', 'csv']);
    expect(twice.code).toBe(0);
    expect(twice.stdout).toBe((await runCli(['trend', '--province', 'Quảng Trị', '--index', 'pci', '--format', 'csv'])).stdout);
    expect(twice.stdout.split('\n').filter((l) => l.startsWith('pci,2016,quang-tri,')).length).toBe(1);
  });

  it('PCI 2016: score 57.62, rank 43/63 (VCCI workbook)', () => {
    const y = at(trend.result, 'pci', 2016);
    expect(y.score!.toFixed(2)).toBe('57.62');
    expect(y.rank).toMatchObject({ rank: 43, of: 63, origin: 'published' });
  });

  it('PAR INDEX 2022 → 2023: up 11 places (41/63, "tăng 11 bậc")', () => {
    expect(at(trend.result, 'par-index', 2023).change).toMatchObject({ places: 11, scoreDelta: null });
  });

  it('flags the PCI 2022 break and the PAPI 2018 scale change instead of comparing silently', () => {
    expect(at(trend.result, 'pci', 2022).change!.flags).toContain('methodology-break');
    const papi2018 = at(trend.result, 'papi', 2018).change!;
    expect(papi2018.flags).toEqual(expect.arrayContaining(['methodology-break', 'scale-changed']));
    expect(papi2018.scoreDelta).toBeNull();
  });

  it('PCI 2023: 63.23, up 1.97 on 2022 as the province reported it (baomoi.com), but no rank (VCCI publishes only the top 30)', () => {
    expect(at(trend.result, 'pci', 2023)).toMatchObject({
      score: 63.23,
      rank: null,
      noRank: 'coverage',
      change: { fromYear: 2022, scoreDelta: 1.97, places: null },
    });
  });

  it('limits years and indices on request', async () => {
    const r = trendOn({ dataDir: BUNDLED_DATA_DIR, province: 'quang tri', indices: ['sipas', 'pci'], from: 2020, to: 2022 }).result;
    expect(r.indices.map((i) => [i.index, i.years.map((y) => y.year)])).toEqual([
      ['sipas', [2020, 2021, 2022]],
      ['pci', [2020, 2021, 2022]],
    ]);
    expect((await runCli(['trend', '--from', '2022', '--to', '2020'])).stderr).toMatch(/--from \(2022\) sau --to \(2020\)/);
  });

  it('says when a province has no data for an index', () => {
    const r = trendOn({ dataDir: BUNDLED_DATA_DIR, province: 'Lai Châu', indices: ['par-index'] }).result;
    expect(r.indices[0]!.years).toEqual([]);
    expect(r.indices[0]!.tableYears).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });
});
