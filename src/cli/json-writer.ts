import { jsonString, jsonTextUpTo } from '../model/sanitize.js';
import { MAX_DECIMALS, roundNumber } from '../model/round-number.js';

/** Where the pieces of a JSON text go, in order. */
export type TextSink = (text: string) => void;

/**
 * Pieces of about this many UTF-16 units. Small enough that the cons strings `+=` makes for a piece
 * die young (pieces of 1 MiB kept ~300 000 of them alive across scavenges: GC was most of the time).
 */
const PIECE = 1 << 16;

/**
 * Values (members and items) up to which a JSON is made whole by V8's JSON.stringify, native: in a
 * short process it is quicker than the writer below, whose functions are still being compiled (a
 * report's 90 kB: 2 ms against 9, and 20 ms more at exit, waiting for the compiler). A larger value
 * is written in pieces (`changes` at 10⁶ values has 5·10⁵, at 10⁷ 10⁷: 215 MB).
 */
const WHOLE_MAX = 1 << 19;

/** Writes `jsonText(value, decimals)` to `sink`: whole when the value is small (see WHOLE_MAX), else in pieces. */
export function writeJsonText(value: unknown, sink: TextSink, decimals = MAX_DECIMALS, wholeMax = WHOLE_MAX): void {
  const whole = jsonTextUpTo(value, decimals, wholeMax);
  if (whole === undefined) writeJson(value, sink, decimals);
  else sink(whole);
}

/**
 * Writes exactly the text of `jsonText(value, decimals)` (JSON.stringify with every number rounded,
 * two-space indentation, the raw characters escaped) to `sink` in pieces, without ever holding it
 * whole: a `changes --format json` of 10⁵ provinces is 215 MB (the tie lists), and JSON.stringify
 * calling a replacer for each of its 10⁷ values, then a regex pass and a copy of the whole text,
 * grew faster than the rest of the call. Same rules as JSON.stringify: toJSON, boxed primitives,
 * undefined / functions / symbols left out of objects and null in arrays, non-finite numbers null,
 * BigInt and cycles a TypeError.
 */
export function writeJson(value: unknown, sink: TextSink, decimals = MAX_DECIMALS): void {
  let out = '';
  const put = (text: string) => {
    out += text;
    if (out.length >= PIECE) {
      sink(out);
      out = '';
    }
  };
  const quote = (s: string): string => (plain(s) ? '"' + s + '"' : jsonString(s));
  // The text between members at each depth, made once: a new line and two spaces per level.
  const lines: string[] = [];
  const lineAt = (depth: number) => (lines[depth] ??= '\n' + '  '.repeat(depth));
  const commas: string[] = [];
  const commaAt = (depth: number) => (commas[depth] ??= ',' + lineAt(depth));
  const open: object[] = [];

  /** The value JSON.stringify writes for a member: after toJSON, the rounding replacer and unboxing. */
  const resolve = (v: unknown, key: string | number): unknown => {
    if (typeof v === 'number') return roundNumber(v, decimals);
    if ((typeof v !== 'object' || v === null) && typeof v !== 'bigint') return v;
    const toJSON = (v as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') {
      v = (toJSON as (k: string) => unknown).call(v, String(key));
      if (typeof v === 'number') return roundNumber(v, decimals);
    }
    // Boxed primitives are unwrapped after the replacer, as JSON.stringify does: a Number object is not rounded.
    if (v instanceof Number) return Number(v);
    if (v instanceof String) return String(v);
    if (v instanceof Boolean || v instanceof BigInt) return v.valueOf();
    return v;
  };

  /** Writes a resolved value that is not left out (see `omitted`). */
  const write = (v: unknown, depth: number): void => {
    if (typeof v === 'string') put(quote(v));
    else if (typeof v === 'number') put(Number.isFinite(v) ? String(v) : 'null');
    else if (typeof v === 'boolean') put(v ? 'true' : 'false');
    else if (v === null) put('null');
    else if (typeof v === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
    else if (Array.isArray(v)) array(v, depth);
    else record(v as Record<string, unknown>, depth);
  };

  const enter = (v: object): void => {
    if (open.includes(v)) throw new TypeError('Converting circular structure to JSON');
    open.push(v);
  };

  const array = (items: unknown[], depth: number): void => {
    if (items.length === 0) return put('[]');
    const comma = commaAt(depth + 1);
    // A list of plain strings (the tie lists, most of a large output) is joined natively in one piece.
    if (plainStrings(items)) return put('[' + lineAt(depth + 1) + '"' + (items as string[]).join('"' + comma + '"') + '"' + lineAt(depth) + ']');
    enter(items);
    put('[' + lineAt(depth + 1));
    for (let i = 0; i < items.length; i++) {
      if (i > 0) put(comma);
      const x = items[i];
      // Strings first: the tie lists are most of a large output.
      if (typeof x === 'string') put(quote(x));
      else {
        const v = resolve(x, i);
        if (omitted(v)) put('null');
        else write(v, depth + 1);
      }
    }
    put(lineAt(depth) + ']');
    open.pop();
  };

  const record = (obj: Record<string, unknown>, depth: number): void => {
    enter(obj);
    const comma = commaAt(depth + 1);
    let first = true;
    // for…in, not Object.keys: V8 reads each member through the object's enum cache instead of a
    // lookup by name (the same own enumerable keys in the same order; inherited ones are skipped).
    for (const k in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, k)) continue;
      const v = resolve(obj[k], k);
      if (omitted(v)) continue; // left out with its key
      put(first ? '{' + lineAt(depth + 1) : comma);
      put(quote(k) + ': ');
      write(v, depth + 1);
      first = false;
    }
    put(first ? '{}' : lineAt(depth) + '}');
    open.pop();
  };

  const top = resolve(value, '');
  if (omitted(top)) return; // JSON.stringify(undefined) is undefined: nothing to write
  write(top, 0);
  if (out) sink(out);
}

/**
 * Whether a string is its own JSON text inside quotes (printable ASCII, no quote, no backslash):
 * checked in a loop, since a call into JSON.stringify (or a Map lookup) per string cost more than
 * everything else the writer does with it.
 */
function plain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || c > 0x7e) return false;
  }
  return true;
}

/** Whether every item is a plain string (see `plain`). */
function plainStrings(items: unknown[]): boolean {
  for (let i = 0; i < items.length; i++) {
    const s = items[i];
    if (typeof s !== 'string' || !plain(s)) return false;
  }
  return true;
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}
