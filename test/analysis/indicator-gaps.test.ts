import { describe, expect, it } from 'vitest';
import { componentIndicatorGaps, weakestIndicators } from '../../src/analysis/indicator-gaps.js';
import type { IndicatorDef, IndicatorLevel } from '../../src/model/indicators.js';

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
const level: IndicatorLevel = {
  indicators: [def('delay', 'lower-better'), def('online', 'higher-better'), { ...def('other', 'higher-better'), parent: 'c2' }],
  values: new Map([
    ['a', { delay: 2, online: 0.9 }],
    ['b', { delay: 5, online: 0.5 }],
    ['c', { delay: 9, online: 0.4 }],
    ['d', { delay: 5, online: 0.1 }],
  ]),
};
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
