import { describe, expect, it } from 'vitest';
import { changes } from '../helpers/commands.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';

describe('chiso changes on the bundled data', () => {
  const pci = changes({ dataDir: BUNDLED_DATA_DIR, index: 'pci', from: 2021, to: 2022 });

  it('Quảng Trị PCI 2021 → 2022: 41/63 → 59/63 (down 18), across the 2022 methodology break', () => {
    const qt = pci.entries.find((e) => e.province === 'quang-tri')!;
    expect([qt.from.rank!.rank, qt.to.rank!.rank, qt.change.places]).toEqual([41, 59, -18]);
    expect(qt.change.scoreDelta).toBeCloseTo(61.26 - 63.33, 10);
    expect(qt.change.flags).toEqual(['methodology-break']);
    expect(pci.breaks.map((b) => b.year)).toEqual([2022]);
  });

  it('lists every province in the order of the later ranking, with risers and fallers by percentile change', () => {
    expect(pci.entries).toHaveLength(63);
    const ranks = pci.entries.map((e) => e.to.rank!.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const delta = (p: string) => pci.entries.find((e) => e.province === p)!.change.percentileDelta!;
    expect(pci.risers).toHaveLength(5);
    expect(pci.risers.map(delta)).toEqual([...pci.risers.map(delta)].sort((a, b) => b - a));
    expect(Math.min(...pci.risers.map(delta))).toBeGreaterThanOrEqual(
      Math.max(...pci.entries.filter((e) => !pci.risers.includes(e.province)).map((e) => e.change.percentileDelta!)),
    );
    expect(pci.fallers.every((p) => delta(p) < 0)).toBe(true);
  });

  it('marks "score up, rank down" wherever the score rose and the rank fell', () => {
    for (const e of pci.entries) {
      const expected = e.change.scoreDelta! > 0.005 && e.change.places! < 0;
      expect(e.change.flags.includes('score-up-rank-down')).toBe(expected);
    }
    expect(pci.entries.some((e) => e.change.flags.includes('score-up-rank-down'))).toBe(true);
  });

  it('for one province, compares each component too, and says why component ranks are missing', () => {
    const one = changes({ dataDir: BUNDLED_DATA_DIR, index: 'pci', from: 2021, to: 2022, province: 'QUANG TRI' });
    expect(one.entries.map((e) => e.province)).toEqual(['quang-tri']);
    expect(one.province!.components.map((c) => c.component)).toHaveLength(10);
    const transparency = one.province!.components.find((c) => c.component === 'transparency')!;
    expect([transparency.from.score, transparency.to.score]).toEqual([7.02, 5.94]);
    expect(transparency.to).toMatchObject({ rank: null, noRank: 'coverage' });
    expect(transparency.coverage.to).toEqual({ withScore: 3, expected: 63, computable: false });
  });

  it('PAPI 2017 → 2018: no score change across the change of scale (60 → 80), ranks compared and flagged', () => {
    const r = changes({ dataDir: BUNDLED_DATA_DIR, index: 'papi', from: 2017, to: 2018 });
    expect(r.entries.every((e) => e.change.scoreDelta === null)).toBe(true);
    const qt = r.entries.find((e) => e.province === 'quang-tri')!;
    expect(qt.change.flags).toEqual(['methodology-break', 'scale-changed', 'denominator-changed']);
  });

  it('PAPI 2020 → 2021: provinces missing in 2021 are listed with no-data, not dropped', () => {
    const r = changes({ dataDir: BUNDLED_DATA_DIR, index: 'papi', from: 2020, to: 2021 });
    const missing = r.entries
      .filter((e) => e.to.noRank === 'no-data')
      .map((e) => e.province)
      .sort();
    expect(missing).toEqual(['bac-giang', 'bac-ninh', 'quang-ninh']);
    expect(r.coverage.to).toEqual({ withScore: 60, expected: 63, computable: true });
  });

  it('defaults to the last two ranked years and rejects a reversed range', () => {
    const r = changes({ dataDir: BUNDLED_DATA_DIR, index: 'sipas' });
    expect([r.fromYear, r.toYear]).toEqual([2023, 2024]);
    expect(() => changes({ dataDir: BUNDLED_DATA_DIR, index: 'pci', from: 2022, to: 2021 })).toThrow(/--from \(2022\) must be before --to \(2021\)/);
    expect(() => changes({ dataDir: BUNDLED_DATA_DIR, index: 'pci', from: 2001, to: 2021 })).toThrow(/PCI has no data for 2001/);
  });
});
