import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parseCsv } from '../../src/load/parse-csv.js';
import { DataError } from '../../src/model/errors.js';
import { parseCsv as parseCsvBefore } from './reference/parse-csv-before.js';

/** What a reader makes of a text: its table, or its error with location and hint. */
function outcome(read: (text: string, file: string) => unknown, text: string): unknown {
  try {
    return read(text, 'x.csv');
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return { error: e.text, location: e.location, hint: e.hint };
  }
}

it('parseCsv reads any text as the reader before its speed-ups did: same rows, lines, cells and errors', () => {
  const unit = fc.constantFrom('a', 'b', '1', ' ', '\t', ',', ';', '"', '\n', '\n', '\r', 'Ấ', '\u00a0');
  const text = fc.oneof(
    fc.string({ unit, maxLength: 60 }),
    // Mostly well-formed files with a few blank, whitespace-only or delimiter-only lines among them.
    fc
      .array(fc.oneof(fc.constantFrom('', ' ', ',,', ' , ', '\t', '"",""', '" "', 'x,y', '"a\nb",c', 'a,"b""c"', '1,2,3'), fc.string({ unit, maxLength: 8 })), {
        maxLength: 8,
      })
      .map((lines) => ['h1,h2', ...lines].join('\n')),
  );
  fc.assert(
    fc.property(text, (t) => {
      expect(outcome(parseCsv, t)).toStrictEqual(outcome(parseCsvBefore, t));
    }),
    { numRuns: 3000 },
  );
});
