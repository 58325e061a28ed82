import { describe, expect, it } from 'vitest';
import { joinTable, splitTable } from '../../src/load/cache-table.js';
import type { YearTable } from '../../src/model/types.js';
import { read } from './cache-read.js';

// Synthetic rows: three provinces, one component; two rows share a source list, one has component ranks.
const table = (): YearTable => ({
  index: 'x',
  year: 2023,
  file: 'x/2023.csv',
  rows: [
    { province: 'a', line: 2, composite: 60, values: { c1: 1.5 }, componentRanks: {}, sources: ['s', 't'] },
    { province: 'b', line: 3, composite: 55, values: { c1: 2.5 }, componentRanks: { c1: 1 }, sources: ['u'], note: 'n' },
    { province: 'c', line: 4, composite: 50, values: { c1: 0.5 }, componentRanks: {}, sources: ['s', 't'] },
  ],
  aggregates: [{ province: 'vn', line: 5, values: { c1: 1.5 }, componentRanks: {}, sources: [] }],
  columns: { province: 1 },
});

/** The table through the cache: stored, read back as JSON parts, joined; counts the loads of its values. */
function throughCache() {
  const [stored, values] = splitTable(table());
  let loads = 0;
  const back = joinTable(read('table:x/2023', stored), () => {
    loads++;
    return read('values:x/2023', values);
  });
  return { back, loads: () => loads };
}

describe('a year table in the data cache', () => {
  it('reads back the same table, keys in the same order, loading the values once and only when read', () => {
    const { back, loads } = throughCache();
    expect(back.rows[1]!.composite).toBe(55);
    expect(back.rows.map((r) => r.sources)).toEqual([['s', 't'], ['u'], ['s', 't']]);
    expect(back.rows[1]!.componentRanks).toEqual({ c1: 1 });
    expect(loads()).toBe(0);
    expect(JSON.stringify(back)).toBe(JSON.stringify(table()));
    expect(back).toEqual(table());
    expect(loads()).toBe(1);
    expect(Object.getOwnPropertyDescriptor(back.rows[0], 'values')).toHaveProperty('value', { c1: 1.5 });
  });

  it('shares a source list between the rows that name the same, as the loader does', () => {
    const { back } = throughCache();
    expect(back.rows[0]!.sources).toBe(back.rows[2]!.sources);
  });

  it('takes a row written before any was read', () => {
    const { back, loads } = throughCache();
    back.rows[0]!.values = { c1: 9 };
    expect(back.rows.map((r) => r.values.c1)).toEqual([9, 2.5, 0.5]);
    expect(loads()).toBe(1);
  });
});
