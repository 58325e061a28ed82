import { quote } from '../model/sanitize.js';
import { say, type Message } from '../model/text.js';

/** Cell texts that mean "no value" in the files analysts exchange. */
const MISSING = new Set(['', '-', 'n/a', 'na', '..']);
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const COMMA_NUMBER = /^[+-]?\d+,\d+$/;

/** Why a cell is not a number, with a hint when one helps. */
export class NumberCellError {
  constructor(
    readonly error: Message,
    readonly hint?: Message,
  ) {}
}

/**
 * Reads a numeric cell: a number, undefined for an empty or "n/a" cell, or a NumberCellError.
 * A decimal comma (`65,12`) is accepted only where the file's delimiter leaves no doubt
 * (semicolon or tab); thousands separators and units are rejected.
 */
export function parseNumberCell(raw: string, decimalComma: boolean): number | undefined | NumberCellError {
  const text = raw.trim();
  // Plain numbers are by far the most common cell: test them first.
  if (PLAIN_NUMBER.test(text)) {
    const n = Number(text);
    // Digits enough to overflow a double (400 of them) read as Infinity: no value to compute with.
    return Number.isFinite(n) ? n : new NumberCellError(say(`${quote(text)} quá lớn`, `${quote(text)} is too large`));
  }
  if (MISSING.has(text.toLowerCase())) return undefined;
  if (COMMA_NUMBER.test(text)) {
    if (decimalComma) return Number(text.replace(',', '.'));
    return new NumberCellError(
      say(`${quote(text)} có dấu phẩy thập phân trong tệp phân cách bằng dấu phẩy`, `${quote(text)} has a decimal comma in a comma-separated file`),
      say(`viết ${text.replace(',', '.')}, hoặc lưu tệp với dấu phân cách ";"`, `write ${text.replace(',', '.')}, or save the file with ";" as delimiter`),
    );
  }
  return new NumberCellError(say(`${quote(text)} không phải là số`, `${quote(text)} is not a number`));
}

/** Normalises a header name so that `Province`, ` PROVINCE ` and `province` are the same column. */
export function normalizeHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * A cell's text as a one-byte string when every character is Latin-1. A file with one Vietnamese
 * letter is decoded into one two-byte string, and every cell cut from it is two-byte too, codes
 * such as `p123` included: V8 then writes any JSON text holding such a string as two-byte, twice
 * its size (`changes` of 10⁵ provinces: 430 MB for 215 MB of ASCII).
 */
export function latin1Text(text: string): string {
  if (text.length === 0) return text;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return text;
  return Buffer.from(text, 'latin1').toString('latin1');
}
