import { describe, expect, it } from 'vitest';
import { checkPart, storePart } from '../../src/load/cache-parts.js';
import { read } from './cache-read.js';

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
