import { MAX_DECIMALS, roundNumber } from './round-number.js';

/**
 * One sanitiser for text from the data on its way to a terminal, a Markdown file or an error line.
 * A data file may hold anything; what reaches a screen must not be able to drive the terminal
 * (OSC 52 clipboard writes, clear screen, BEL, C1 CSI), nor reorder text (bidi overrides).
 */

// C0 controls (tab and newline are decided per call), DEL, C1, and the bidi embedding/override/isolate marks.
/* eslint-disable no-control-regex -- matching control characters is the point of this module */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_AND_TAB = /[\u0000-\u0008\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_AND_LAYOUT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Longest echoed input value in a message; longer ones are cut with an ellipsis. */
export const MAX_ECHO = 200;

/** A control character written so that it can be seen: `\x1b`, `\n`, `\u202e`. */
function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === '\n') return '\\n';
  if (ch === '\t') return '\\t';
  if (ch === '\r') return '\\r';
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Text safe for a terminal: control characters are shown escaped (`\x1b`); newlines stay (they
 * are layout), and tabs stay unless `tab` is false (a tab inside a table cell breaks the columns).
 */
export function terminalText(text: string, { tab = true }: { tab?: boolean } = {}): string {
  return text.replace(tab ? CONTROLS : CONTROLS_AND_TAB, visible);
}

/** Text on one line: every control character, newline and tab included, shown escaped. */
export function oneLine(text: string): string {
  return text.replace(CONTROLS_AND_LAYOUT, visible);
}

/** Cuts text longer than `max` characters (code points), ending it with an ellipsis. */
export function clip(text: string, max = MAX_ECHO): string {
  if (text.length <= max) return text;
  const points = [...text];
  return points.length <= max ? text : points.slice(0, max - 1).join('') + '…';
}

/** An input value echoed in a message: on one line, control characters visible, cut to MAX_ECHO, in quotes. */
export function quote(value: string): string {
  return `"${clip(oneLine(value))}"`;
}

/** A message line for stderr: one line, control characters visible, at most `max` characters. */
export function messageLine(text: string, max = 2 * MAX_ECHO + 200): string {
  return clip(oneLine(text), max);
}

/**
 * Text for Markdown: HTML special characters as entities, so that data cannot inject tags; a
 * newline becomes a space, so a name never starts a heading, a list item or a table row; in a
 * table cell `|` is escaped too.
 */
export function markdownText(text: string, { cell = false }: { cell?: boolean } = {}): string {
  const out = oneLineForMarkdown(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return cell ? out.replace(/\|/g, '\\|') : out;
}

function oneLineForMarkdown(text: string): string {
  return terminalText(text.replace(/\r\n|[\r\n]/g, ' '), { tab: false });
}

// JSON.stringify escapes C0 but leaves DEL, C1 and bidi marks raw; as \u escapes they still parse to the exact text.
const JSON_RAW = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as JSON whose text is safe to print: exact after parsing, no raw control character on the
 * way; every number rounded to `decimals` (see model/precision.ts outputDecimals), so no float noise.
 */
export function jsonText(value: unknown, decimals = MAX_DECIMALS): string {
  return jsonTextUpTo(value, decimals, Infinity)!;
}

const TOO_MANY = new Error('more values than asked for');

/**
 * jsonText, or undefined once the value turns out to hold more than `maxValues` values (members and
 * items, counted as JSON.stringify reaches them): a caller can then write it in pieces instead.
 */
export function jsonTextUpTo(value: unknown, decimals: number, maxValues: number): string | undefined {
  let count = 0;
  const round = roundingReplacer(decimals);
  try {
    return escapeRaw(
      JSON.stringify(
        value,
        (key, v: unknown) => {
          if (++count > maxValues) throw TOO_MANY;
          return round(key, v);
        },
        2,
      ),
    );
  } catch (e) {
    if (e === TOO_MANY) return undefined;
    throw e;
  }
}

/** The replacer of jsonText: every number rounded to `decimals`. */
export function roundingReplacer(decimals: number): (key: string, v: unknown) => unknown {
  return (_key, v) => (typeof v === 'number' ? roundNumber(v, decimals) : v);
}

/** JSON text (or a piece of it) with the characters JSON.stringify leaves raw escaped (JSON_RAW: one UTF-16 unit each). */
export function escapeRaw(json: string): string {
  return json.replace(JSON_RAW, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
