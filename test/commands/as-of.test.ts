import { describe, expect, it } from 'vitest';
import { asOfValue } from '../../src/commands/shared/option-values.js';
import { equivalentRank } from '../../src/analysis/merger.js';

describe('--as-of', () => {
  it('reads ISO and Vietnamese dates, defaults to today, and rejects days that do not exist', () => {
    expect(asOfValue('2026-12-01', '2000-01-01')).toBe('2026-12-01');
    expect(asOfValue('1/7/2025', '2000-01-01')).toBe('2025-07-01');
    expect(asOfValue(undefined, '2026-12-01')).toBe('2026-12-01');
    expect(() => asOfValue('2025-02-30', '2026-12-01')).toThrow('--as-of must be a date');
    expect(() => asOfValue('2025', '2026-12-01')).toThrow('--as-of must be a date');
  });
});

describe('equivalentRank', () => {
  it('reads a percentile on the 34-unit scale: top stays 1, bottom becomes 34', () => {
    expect(equivalentRank(1, 34)).toBe(1);
    expect(equivalentRank(0, 34)).toBe(34);
    expect(equivalentRank(4 / 62, 34)).toBe(32); // 59/63 (PCI 2022, Quảng Trị)
  });
});
