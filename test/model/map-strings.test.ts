import { describe, expect, it } from 'vitest';
import { mapStrings } from '../../src/model/map-strings.js';

describe('mapStrings', () => {
  it('changes every string of a JSON value in place, keys and other values left as they are', () => {
    const value = { a: 'x', b: [1, 'x', null, { c: 'y', x: true }], d: { e: ['x', 'z'] } };
    const out = mapStrings(value, (s) => (s === 'x' ? 'X' : s));
    expect(out).toBe(value);
    expect(value).toEqual({ a: 'X', b: [1, 'X', null, { c: 'y', x: true }], d: { e: ['X', 'z'] } });
  });

  it('gives a string as the function makes it', () => {
    expect(mapStrings('abc', (s) => s.toUpperCase())).toBe('ABC');
    expect(mapStrings(3, (s) => s.toUpperCase())).toBe(3);
  });
});
