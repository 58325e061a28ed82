// A JSON of hundreds of MB (`changes --format json` of 10⁵ provinces is 215 MB, mostly the tie lists
// the contract gives each member) is written in pieces as @discoveryjs/json-ext makes them, never
// held whole: JSON.stringify made the whole text, the raw characters' escape a copy of it, and the
// write a Buffer of it, which grew faster than the rest of the call. Imported only for such a value
// (context.ts): below that, V8's native JSON.stringify is quicker in a short process.
import { stringifyChunked } from '@discoveryjs/json-ext';
import { escapeRaw, roundingReplacer } from '../model/sanitize.js';

/** Writes the text of `jsonText(value, decimals)` to `sink` in pieces (json-ext yields them between values, never inside a string). */
export function writeJson(value: unknown, sink: (piece: string) => void, decimals: number): void {
  for (const piece of stringifyChunked(value, { replacer: roundingReplacer(decimals), space: 2, highWaterMark: 1 << 16 })) sink(escapeRaw(piece));
}
