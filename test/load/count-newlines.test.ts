import fc from 'fast-check';
import { expect, it } from 'vitest';
import { countNewlines } from '../../src/load/parse-csv.js';

/** The count as it was taken before: character by character. */
function naive(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

it('countNewlines counts the line feeds of a range as a scan of every character does', () => {
  const text = fc.string({ unit: fc.constantFrom('\n', '\r', 'a', ',', '"', 'Ấ', ' '), maxLength: 40 });
  fc.assert(
    fc.property(text, fc.nat(45), fc.nat(45), (t, a, b) => {
      expect(countNewlines(t, Math.min(a, b), Math.max(a, b))).toBe(naive(t, Math.min(a, b), Math.max(a, b)));
    }),
    { numRuns: 2000 },
  );
});
