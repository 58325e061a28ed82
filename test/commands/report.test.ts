import { describe, expect, it } from 'vitest';
import type { TriageItem } from '../../src/commands/report/result.js';
import { report as reportOn } from '../helpers/commands.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';

const SYN = 'test/fixtures/synthetic-report';
const report = (over: Partial<Parameters<typeof reportOn>[0]> = {}) => reportOn({ dataDir: BUNDLED_DATA_DIR, province: 'Quảng Trị', n: 3, ...over });
const ids = (items: TriageItem[]) => items.map((i) => `${i.index}:${i.code}`);

describe('chiso report on the bundled data, Quảng Trị', () => {
  it('reproduces the ranks of the directive’s footnote 1 with --year 2022', () => {
    const r = report({ year: 2022 });
    const ranks = Object.fromEntries(r.indices.map((i) => [i.index, i.standing?.rank ? `${i.standing.rank.rank}/${i.standing.rank.of}` : null]));
    expect(ranks).toEqual({ pci: '59/63', papi: '37/63', sipas: '55/63', 'par-index': '52/63' });
    expect(r.indices.map((i) => [i.index, i.compositeYear, i.componentYear])).toEqual([
      ['pci', 2022, 2022],
      ['papi', 2022, 2022],
      ['par-index', 2022, 2022],
      ['sipas', 2022, 2022],
    ]);
    expect(r.window).toEqual({ from: 2018, to: 2022 });
  });

  it('takes, per index, the latest year with a composite for the summary and with components for the components', () => {
    const r = report();
    const years = Object.fromEntries(r.indices.map((i) => [i.index, [i.compositeYear, i.componentYear]]));
    // PCI 2023: sub-indices of all 63; composites only of Quảng Ninh, Long An (top 30, VCCI) and Quảng Trị (its own report)
    expect(years).toEqual({ pci: [2023, 2023], papi: [2024, 2024], 'par-index': [2023, 2023], sipas: [2023, 2023] });
    expect(r.dataYear).toBe(2024);
    const pci2023 = r.coverage.find((c) => c.index === 'pci' && c.year === 2023)!;
    expect(pci2023).toMatchObject({
      usedFor: ['composite', 'components'],
      withComposite: 3,
      withRank: 3,
      withComponents: 63,
      expected: 63,
      provinceComponents: 10,
      provinceComposite: 'published',
      provinceRank: null,
    });
    const par = r.coverage.find((c) => c.index === 'par-index')!;
    expect(par).toMatchObject({
      year: 2023,
      withComposite: 13,
      expected: 63,
      provinceComponents: 3,
      components: 8,
      provinceRank: 'published',
      compositeStats: false,
    });
  });

  it('sorts every compared measure into exactly one triage list; PCI 2023 rose (63.23 vs 61.26, as the province reported), PCI 2022 fell', () => {
    const r = report();
    const lists = [r.triage.fell, r.triage.roseOrHeld, r.triage.scoreUpRankDown].map(ids);
    const all = lists.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(lists[1]).toContain('pci:pci');
    expect(r.triage.roseOrHeld.find((i) => i.code === 'pci')).toMatchObject({ fromYear: 2022, year: 2023, places: null, by: 'score' });
    for (const i of r.triage.scoreUpRankDown) expect(i.scoreDelta! > 0 && i.places! < 0).toBe(true);
    for (const i of r.triage.fell) expect(i.places === null ? i.scoreDelta! < 0 : i.places < 0).toBe(true);
    // PAR INDEX 2023 areas have no 2022 value: left out, with the reason
    expect(r.triage.notCompared.filter((n) => n.index === 'par-index').map((n) => n.reason)).toEqual(Array(3).fill({ code: 'no-previous-value', year: 2022 }));
    const r2022 = report({ year: 2022 });
    const pci = r2022.triage.fell.find((i) => i.code === 'pci')!;
    expect(pci).toMatchObject({ fromYear: 2021, year: 2022, places: -18, by: 'rank', departments: { lead: ['Sở Kế hoạch và Đầu tư'], basis: 'verified' } });
    expect(pci.flags).toContain('methodology-break');
  });

  it('names the caveats the data call for', () => {
    const codes = report().caveats.map((c) => `${c.code}${'index' in c ? ` ${c.index}` : ''}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'missing-years pci',
        'methodology-break pci',
        'reported-ranks papi',
        'reported-ranks sipas',
        'computed-ranks papi',
        'coverage par-index',
        'departments',
        'merger',
      ]),
    );
    const merger = report().caveats.find((c) => c.code === 'merger');
    expect(merger).toEqual({
      code: 'merger',
      unit: 'quang-tri',
      lastYear: 2024,
      successor: 'quang-tri-2025',
      successorFrom: 2025,
      members: ['quang-binh', 'quang-tri'],
    });
  });

  it('exits with a usage error for an unknown province or a year no index has', () => {
    expect(() => report({ province: 'Quang Tri Province' })).toThrow(/unknown province/);
    expect(() => report({ year: 1999 })).toThrow(/no index has data for 1999/);
  });
});

describe('chiso report on synthetic data', () => {
  const r = report({ dataDir: SYN, province: 'Ấn Phú' });

  it('flags a score up with a rank down across a break and a change of N, and lists it on its own', () => {
    expect(ids(r.triage.scoreUpRankDown)).toEqual(['alpha:alpha']);
    expect(r.triage.scoreUpRankDown[0]!.flags).toEqual(['methodology-break', 'denominator-changed', 'score-up-rank-down']);
    // a3: same score, one place lower (7 provinces instead of 8): fell, by rank
    expect(ids(r.triage.fell)).toEqual(['alpha:a1', 'alpha:a3']);
    expect(ids(r.triage.roseOrHeld)).toEqual(['alpha:a2', 'beta:beta']);
  });

  it('does not compare the merged unit of 2025 with the old province', () => {
    const gamma = r.indices.find((i) => i.index === 'gamma')!;
    expect(gamma).toMatchObject({ compositeYear: 2025, province: 'an-phu-2025' });
    expect(gamma.standing!.change!.flags).toEqual(['unit-changed']);
    expect(r.triage.notCompared.find((n) => n.code === 'gamma')!.reason).toEqual({ code: 'unit-changed', from: 'an-phu', to: 'an-phu-2025' });
  });

  it('orders the weakest components by percentile rank and names the department in force that year', () => {
    const alpha = r.indices.find((i) => i.index === 'alpha')!.weakest!;
    expect(alpha.rows.map((x) => [x.code, `${x.rank!.rank}/${x.rank!.of}`])).toEqual([
      ['a1', '5/7'],
      ['a3', '4/7'],
      ['a2', '3/7'],
    ]);
    const gamma = r.indices.find((i) => i.index === 'gamma')!.weakest!;
    expect(gamma.rows.find((x) => x.code === 'g2')!.departments!.lead).toEqual(['Sở Khoa học']);
    expect(r.indices.find((i) => i.index === 'beta')!.weakest!.reason).toEqual({ code: 'no-component-data', index: 'beta' });
  });

  it('lists the years of the window without a composite, with the reason', () => {
    const missing = r.caveats.filter((c) => c.code === 'missing-years');
    expect(missing).toEqual([
      {
        code: 'missing-years',
        index: 'alpha',
        years: [
          { year: 2024, reason: 'no-file' },
          { year: 2025, reason: 'no-file' },
        ],
      },
      {
        code: 'missing-years',
        index: 'beta',
        years: [
          { year: 2024, reason: 'not-in-file' },
          { year: 2025, reason: 'no-file' },
        ],
      },
    ]);
  });

  it('keeps to the year asked for: indices without data that year say so', () => {
    const y = report({ dataDir: SYN, province: 'Ấn Phú', year: 2024 });
    const beta = y.indices.find((i) => i.index === 'beta')!;
    expect(beta).toMatchObject({ standing: null, weakest: null, reason: { code: 'no-data', index: 'beta', year: 2024 } });
    expect(y.indices.find((i) => i.index === 'alpha')!.reason).toEqual({ code: 'no-data', index: 'alpha', year: 2024 });
    expect(y.indices.find((i) => i.index === 'gamma')!.standing!.rank).toMatchObject({ rank: 6, of: 8, origin: 'computed' });
  });
});
