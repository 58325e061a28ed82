import { describe, expect, it } from 'vitest';
import { rankHistory } from '../../src/analysis/rank-history.js';
import { UsageError } from '../../src/model/errors.js';
import { openData } from '../../src/load/open-data.js';
import { provinceSeries } from '../../src/model/province-series.js';

const SYN = 'test/fixtures/synthetic-ranks';
const data = openData(SYN);
const units = (name: string) => provinceSeries(data.defs, name);
const years = (name: string) => rankHistory(data, units(name), ['syn']).indices[0]!.years;

describe('rankHistory on synthetic data', () => {
  it('follows a name across a merger, and compares nothing across the change of unit', () => {
    const h = rankHistory(data, units('an phu'), ['syn']);
    expect(h.units).toEqual(['an-phu', 'an-phu-2025']);
    const ys = h.indices[0]!.years;
    expect(ys.map((y) => [y.year, y.unit])).toEqual([
      [2020, 'an-phu'],
      [2021, 'an-phu'],
      [2022, 'an-phu'],
      [2023, 'an-phu'],
      [2024, 'an-phu'],
      [2025, 'an-phu-2025'],
    ]);
    expect(ys[5]!.change).toMatchObject({ fromYear: 2024, scoreDelta: null, places: null, flags: ['unit-changed'] });
  });

  it('marks computed ties with who they are tied with, including ties hidden by floating-point noise (0.1 + 0.2 = 0.3)', () => {
    expect(years('an phu')[0]).toMatchObject({ score: 12, scoreOrigin: 'computed', rank: { rank: 2, of: 6, origin: 'computed', tiedWith: ['binh-son'] } });
    expect(years('gia tan')[0]!.rank).toMatchObject({ rank: 5, of: 6, tiedWith: ['ea-lo'] });
  });

  it('uses a published rank, and flags different denominators and the methodology break with its scale change', () => {
    const ys = years('Ấn Phú');
    expect(ys[1]).toMatchObject({ year: 2021, rank: { rank: 3, of: 6, origin: 'published' } });
    expect(ys[2]).toMatchObject({ year: 2022, rank: { rank: 4, of: 5, origin: 'computed' } });
    expect(ys[2]!.change).toMatchObject({ scoreDelta: null, places: -1, flags: ['methodology-break', 'scale-changed', 'denominator-changed'] });
    expect(ys[4]!.change).toMatchObject({ fromYear: 2023, scoreDelta: 0.5, places: -1, flags: ['score-up-rank-down'] });
    expect(rankHistory(data, units('an phu'), ['syn']).indices[0]!.breaks.map((b) => b.year)).toEqual([2022]);
  });

  it('says why a rank is missing: too few provinces with a score, or not in the data', () => {
    const dk = years('dong khe');
    expect(dk[1]).toMatchObject({ year: 2021, score: 19, rank: null, noRank: 'coverage' });
    const gt = years('gia tan');
    expect(gt.map((y) => [y.year, y.noRank])).toEqual([
      [2020, null],
      [2021, 'no-data'],
      [2022, 'no-data'],
      [2023, null],
      [2024, null],
      [2025, null],
    ]);
    expect(gt[3]!.change).toMatchObject({ fromYear: 2020 });
  });

  it('keeps only the requested years', () => {
    const h = rankHistory(openData(SYN, { years: (y) => y >= 2023 }), units('an phu'), ['syn'], 2023, 2024);
    expect(h.indices[0]!.years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(h.indices[0]!.years[0]!.change).toBeNull();
  });

  it('throws a usage error for an unknown name', () => {
    expect(() => units('Atlantis')).toThrow(UsageError);
  });
});
