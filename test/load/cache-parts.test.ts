import { describe, expect, it } from 'vitest';
import { checkPart, lazyValues, restorePart, splitValues, storePart } from '../../src/load/cache-parts.js';
import type { YearTable } from '../../src/model/types.js';

/** A part stored and read back, its arrays through their bytes as data.bin holds them. */
function read<T>(name: string, value: T): T {
  const { text, arrays } = storePart(value);
  return restorePart(name, JSON.parse(text) as T, (i) => new Float64Array(Uint8Array.from(new Uint8Array(arrays[i]!.buffer)).buffer));
}

describe('the data cache parts as JSON', () => {
  it('give the definitions their Maps back, and a level its matrix with its holes and signs', () => {
    const defs = { indices: new Map([['pci', { id: 'pci' }]]), regions: new Map([['r', 'R']]), sources: new Map(), provinces: [{ code: 'a' }] };
    expect(read('defs', defs)).toEqual(defs);
    const values = Float64Array.from([1.5, NaN, 0, -0, 2]);
    const level = read('level:pci/2023', { indicators: [], provinces: ['a', 'b'], values });
    expect(level.values).toBeInstanceOf(Float64Array);
    expect([...level.values]).toEqual([...values]);
    expect(Object.is(level.values[3], -0)).toBe(true);
  });

  it('refuse a number JSON would change (NaN, Infinity, -0) outside a matrix', () => {
    for (const bad of [NaN, Infinity, -0]) expect(() => storePart({ rows: [{ composite: bad }] })).toThrow(/cannot be stored/);
  });

  it('fail the build on a Map or matrix restorePart does not know', () => {
    expect(() => checkPart('table:pci/2023', storePart({ rows: [], extra: new Map([['k', 1]]) }))).toThrow(/does not read back/);
    expect(() => checkPart('defs', storePart({ indices: new Map(), regions: new Map(), sources: new Map(), more: Float64Array.of(1) }))).toThrow(
      /does not read back/,
    );
    expect(() => checkPart('table:pci/2023', storePart({ rows: [{ province: 'a', values: { c1: 1.25 } }] }))).not.toThrow();
    expect(() => checkPart('level:pci/2023', storePart({ values: Float64Array.of(1, NaN) }))).not.toThrow();
  });
});

describe("a table's values stored apart", () => {
  // Synthetic rows: two provinces, one component.
  const table = (): YearTable => ({
    index: 'x',
    year: 2023,
    file: 'x/2023.csv',
    rows: [
      { province: 'a', line: 2, composite: 60, values: { c1: 1.5 }, componentRanks: {}, sources: ['s'] },
      { province: 'b', line: 3, composite: 55, values: { c1: 2.5 }, componentRanks: {}, sources: ['s'], note: 'n' },
    ],
    aggregates: [],
    columns: { province: 1 },
  });
  const restored = () => {
    const [slim, values] = splitValues(table());
    const back = read('table:x/2023', slim);
    let loads = 0;
    lazyValues(back.rows, () => {
      loads++;
      return read('values:x/2023', values);
    });
    return { back, loads: () => loads };
  };

  it('read back the same table, keys in the same order, loading the values once and only when read', () => {
    const { back, loads } = restored();
    expect(back.rows[1]!.composite).toBe(55);
    expect(loads()).toBe(0);
    expect(JSON.stringify(back)).toBe(JSON.stringify(table()));
    expect(back).toEqual(table());
    expect(loads()).toBe(1);
    expect(Object.getOwnPropertyDescriptor(back.rows[0], 'values')).toHaveProperty('value', { c1: 1.5 });
  });

  it('take a row written before any was read', () => {
    const { back, loads } = restored();
    back.rows[0]!.values = { c1: 9 };
    expect(back.rows.map((r) => r.values.c1)).toEqual([9, 2.5]);
    expect(loads()).toBe(1);
  });
});
