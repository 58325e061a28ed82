import { median } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { coverageSuffices } from '../../src/analysis/coverage.js';
import { percentile } from '../../src/analysis/ranking.js';
import { competitionRankOf } from '../../src/analysis/ties.js';
import { componentIndicatorGaps, weakestIndicators } from '../../src/analysis/indicator-gaps.js';
import { indicatorLevelOf, type IndicatorDef, type IndicatorLevel } from '../../src/model/indicators.js';

const def = (code: string, direction: IndicatorDef['direction']): IndicatorDef => ({
  index: 'pci',
  year: 2023,
  code,
  parent: 'c1',
  nameVi: code,
  nameEn: code,
  direction,
});

// Four provinces; "delay" is a lower-better indicator (days), "online" a higher-better share.
// Columns: delay, online, other (no values).
const level: IndicatorLevel = indicatorLevelOf(
  [def('delay', 'lower-better'), def('online', 'higher-better'), { ...def('other', 'higher-better'), parent: 'c2' }],
  new Map([
    ['a', Float64Array.of(2, 0.9, NaN)],
    ['b', Float64Array.of(5, 0.5, NaN)],
    ['c', Float64Array.of(9, 0.4, NaN)],
    ['d', Float64Array.of(5, 0.1, NaN)],
  ]),
);
const units = ['a', 'b', 'c', 'd'];

describe('componentIndicatorGaps', () => {
  it('ranks a reversed (lower-better) indicator ascending and signs its gap so that negative is worse', () => {
    const c = componentIndicatorGaps(level, 'indicators', 'c1', 'c', units);
    const delay = c.indicators.find((g) => g.code === 'delay')!;
    expect(delay.rank).toEqual({ rank: 4, of: 4, percentile: 0 });
    expect(delay.median).toBe(5);
    expect(delay.gap).toBe(-4);
    expect(delay.best).toEqual({ value: 2, provinces: ['a'] });
    const a = componentIndicatorGaps(level, 'indicators', 'c1', 'a', units).indicators.find((g) => g.code === 'delay')!;
    expect(a.rank?.rank).toBe(1);
    expect(a.gap).toBe(3);
  });

  it('ranks a higher-better indicator descending, ties sharing the best place', () => {
    const b = componentIndicatorGaps(level, 'indicators', 'c1', 'b', units);
    expect(b.indicators.map((g) => g.code)).toEqual(['delay', 'online']);
    expect(b.indicators.find((g) => g.code === 'delay')!.rank?.rank).toBe(2); // tied with d
    expect(componentIndicatorGaps(level, 'indicators', 'c1', 'd', units).indicators[0]!.rank?.rank).toBe(2);
    const online = b.indicators.find((g) => g.code === 'online')!;
    expect(online.rank?.rank).toBe(2);
    expect(online.gap).toBeCloseTo(0.05, 12);
  });

  it('draws no rank, median or best below the coverage rule', () => {
    const c = componentIndicatorGaps(level, 'indicators', 'c1', 'a', [...units, 'e', 'f', 'g', 'h', 'i']);
    expect(c.indicators.every((g) => g.rank === null && g.median === null && g.best === null)).toBe(true);
    expect(c.indicators[0]!.value).toBe(2);
  });

  it('orders the weakest by percentile rank', () => {
    const c = componentIndicatorGaps(level, 'indicators', 'c1', 'c', units);
    expect(weakestIndicators(c.indicators, 1).map((g) => g.code)).toEqual(['delay']);
  });
});

// The gaps as first written, over a Record of codes per province: the reference the column loops must agree with.
function referenceGaps(indicators: IndicatorDef[], values: Map<string, Record<string, number>>, component: string, province: string, units: string[]) {
  const present = units.filter((u) => values.has(u));
  return indicators
    .filter((d) => d.parent === component)
    .map((d) => {
      const sign = d.direction === 'lower-better' ? -1 : 1;
      const items = present.flatMap((u) => (values.get(u)![d.code] === undefined ? [] : [{ key: u, value: values.get(u)![d.code]! }]));
      const value = values.get(province)?.[d.code] ?? null;
      if (!coverageSuffices(items.length, units.length)) return { code: d.code, value, rank: null, median: null, gap: null, best: null };
      const own = items.find((i) => i.key === province);
      const rank =
        own &&
        competitionRankOf(
          items.map((i) => sign * i.value),
          sign * own.value,
        );
      const mid = median(items.map((i) => i.value));
      const bestValue = sign > 0 ? Math.max(...items.map((i) => i.value)) : Math.min(...items.map((i) => i.value));
      return {
        code: d.code,
        value,
        rank: rank ? { rank, of: items.length, percentile: percentile(rank, items.length) } : null,
        median: mid,
        gap: value === null ? null : sign * (value - mid),
        best: {
          value: bestValue,
          provinces: items
            .filter((i) => i.value === bestValue)
            .map((i) => i.key)
            .sort(),
        },
      };
    });
}

describe('componentIndicatorGaps over the level matrix', () => {
  it('agrees with the per-province reference on random levels (holes, ties, units without rows, rows outside the units)', () => {
    let seed = 15;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 300; round++) {
      const indicators = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => ({
        ...def(`i${i}`, random() < 0.5 ? 'lower-better' : 'higher-better'),
        parent: random() < 0.7 ? 'c1' : 'c2',
      }));
      const provinces = Array.from({ length: 1 + Math.floor(random() * 12) }, (_, p) => `p${p}`);
      const records = new Map<string, Record<string, number>>();
      const rows = new Map<string, Float64Array>();
      for (const p of provinces) {
        if (random() < 0.15) continue;
        const record: Record<string, number> = {};
        const row = new Float64Array(indicators.length).fill(NaN);
        indicators.forEach((d, i) => {
          if (random() < 0.2) return;
          // Few distinct values, so that ties and equal medians occur.
          row[i] = record[d.code] = Math.floor(random() * 5) / 2 - 1;
        });
        if (Object.keys(record).length === 0) continue;
        records.set(p, record);
        rows.set(p, row);
      }
      const units = provinces.filter(() => random() < 0.85);
      const province = provinces[Math.floor(random() * provinces.length)]!;
      const got = componentIndicatorGaps(indicatorLevelOf(indicators, rows), 'indicators', 'c1', province, units);
      expect(got.provinces).toBe(units.filter((u) => records.has(u)).length);
      expect(got.indicators.map((g) => ({ code: g.code, value: g.value, rank: g.rank, median: g.median, gap: g.gap, best: g.best }))).toEqual(
        referenceGaps(indicators, records, 'c1', province, units),
      );
    }
  });
});
