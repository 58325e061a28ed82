import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lazyTiedWith } from '../../src/analysis/ties.js';
import { writeJson } from '../../src/cli/json-writer.js';
import { MAX_DECIMALS } from '../../src/model/round-number.js';
import { jsonText, jsonTextUpTo } from '../../src/model/sanitize.js';

// The piecewise writer must give exactly the text jsonText gives (JSON.stringify with the rounding
// replacer, the raw characters escaped), for any value a result could hold and for the odd ones.

function written(value: unknown, decimals = MAX_DECIMALS): string | undefined {
  const pieces: string[] = [];
  writeJson(value, (p) => pieces.push(p), decimals);
  return pieces.length === 0 ? undefined : pieces.join('');
}

/** Strings with what needs escaping: quotes, backslashes, C0, DEL, C1, bidi marks, lone surrogates, Vietnamese. */
const text = fc.oneof(
  fc.string(),
  fc.string({
    unit: fc.constantFrom(
      'a',
      'p1',
      '"',
      '\\',
      '\n',
      '\t',
      '\u0000',
      '\u001f',
      '\u007f',
      '\u0085',
      '\u009f',
      '\u202e',
      '\u2066',
      '\ud800',
      '\udc00',
      'Ấ',
      '😀',
      ' ',
    ),
  }),
);
const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 0.1 + 0.2, 1 / 3, 2 / 3, 1e21, 1e-7, 123.456789, NaN, Infinity, -Infinity));
const odd = fc.constantFrom(
  undefined,
  () => 1,
  Symbol('s'),
  new Date(0),
  Object(3.14159),
  Object('s'),
  Object(false),
  new Map([[1, 2]]),
  { toJSON: () => undefined },
  { toJSON: () => 2 / 3 },
);
// Lists of strings only, mostly plain (as tie lists are) with now and then one character to escape.
const codes = fc.array(
  fc.oneof(fc.constantFrom('p1', 'p22', 'x y', ''), fc.string({ unit: fc.constantFrom('p', '1', '\u007f', '\u009f', '\u202a', '"', '\\', 'Ấ', '\u001f') })),
);
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, text, number, fc.boolean(), fc.constant(null), odd, codes, tie('array'), tie('object')),
  array: fc.array(tie('any'), { maxLength: 5 }),
  object: fc.dictionary(fc.oneof(text, fc.constantFrom('toJSON', '__proto__', '0', '1')), tie('any'), { maxKeys: 5 }),
})).any;

describe('writeJson', () => {
  it('writes what jsonText gives, for any value and any number of decimals', () => {
    fc.assert(
      fc.property(fc.oneof(value, fc.array(value)), fc.integer({ min: 0, max: 10 }), (v, decimals) => {
        // A value JSON.stringify leaves out has no JSON text to compare (a result is always an object).
        if (JSON.stringify(v) !== undefined) expect(written(v, decimals)).toBe(jsonText(v, decimals));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes what jsonText gives with its default decimals, at the top level too', () => {
    for (const v of [null, 'x', 1 / 3, -0, [], {}, [undefined, () => 1], { a: undefined }, Object(1 / 3), new Date(0)]) expect(written(v)).toBe(jsonText(v));
  });

  it('reads a tie list made on first use as JSON.stringify does, members in their order', () => {
    const group = ['p1', 'p2', 'p3'];
    const ranks = group.map((key) => lazyTiedWith({ rank: 1, of: 3, percentile: 1 }, group, key));
    expect(written({ ranks }, 4)).toBe(jsonText({ ranks }, 4));
    expect(JSON.parse(written(ranks)!)).toEqual([
      { rank: 1, of: 3, percentile: 1, tiedWith: ['p2', 'p3'] },
      { rank: 1, of: 3, percentile: 1, tiedWith: ['p1', 'p3'] },
      { rank: 1, of: 3, percentile: 1, tiedWith: ['p1', 'p2'] },
    ]);
  });

  it('writes a large value in pieces that join to the whole text', () => {
    const big = { rows: Array.from({ length: 30_000 }, (_, i) => ({ code: `p${i}`, share: i / 7, tiedWith: [`p${i + 1}`, `p${i + 2}`] })) };
    const pieces: string[] = [];
    writeJson(big, (p) => pieces.push(p), 4);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(jsonText(big, 4));
  });

  it('gives the whole text up to a number of values, and nothing beyond it', () => {
    const v = { rows: Array.from({ length: 50 }, (_, i) => ({ code: `p${i}`, share: i / 7, tiedWith: ['p1', '\u202e'] })) };
    // 302 values: JSON.stringify's replacer sees each member and item, and the whole value.
    expect(jsonTextUpTo(v, 4, 301)).toBeUndefined();
    expect(jsonTextUpTo(v, 4, 302)).toBe(jsonText(v, 4));
  });

  it('refuses what JSON.stringify refuses', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = { back: cycle };
    expect(() => written(cycle)).toThrow(TypeError);
    expect(() => written({ n: 1n })).toThrow(TypeError);
  });
});
