import { DataError } from '../model/errors.js';
import { say } from '../model/text.js';

/** Text of a file and the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';
}

/**
 * Decodes a CSV file as analysts produce it: UTF-8 with or without BOM, or UTF-16 LE/BE with BOM
 * (Excel "Unicode text"). Anything else is a DataError pointing at the first undecodable character.
 */
export function decodeBytes(bytes: Uint8Array, file: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes.subarray(2), true, file), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes.subarray(2), false, file), encoding: 'utf-16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (looksLikeUtf16WithoutBom(body)) {
    throw new DataError(
      say('tệp có vẻ là UTF-16 không có dấu thứ tự byte (BOM)', 'file looks like UTF-16 without a byte-order mark'),
      { file, line: 1, column: 1 },
      say('lưu lại dạng "CSV UTF-8" hoặc UTF-16 có BOM ("Unicode text")', 'save it as "CSV UTF-8" or as UTF-16 with BOM ("Unicode text")'),
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Decode leniently only to find where the first bad byte lands, in the user's lines and columns.
    const lenient = new TextDecoder('utf-8').decode(body);
    throw new DataError(
      say(
        'tệp không phải UTF-8 (có lẽ là bảng mã Windows cũ như Windows-1258)',
        'file is not UTF-8 (probably a legacy Windows code page such as Windows-1258)',
      ),
      { file, ...position(lenient, lenient.indexOf('\uFFFD')) },
      say('lưu lại dạng "CSV UTF-8" (Excel: Tệp > Lưu như > CSV UTF-8)', 'save it as "CSV UTF-8" (Excel: File > Save As > CSV UTF-8)'),
    );
  }
}

/**
 * Decodes UTF-16 strictly: a lone surrogate or an odd last byte is a DataError at its line and
 * column, where a lenient decoder would put U+FFFD in its place without a word.
 */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, file: string): string {
  try {
    return new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
  } catch {
    const units = Math.floor(bytes.length / 2);
    const unit = (i: number) => (littleEndian ? bytes[2 * i]! | (bytes[2 * i + 1]! << 8) : (bytes[2 * i]! << 8) | bytes[2 * i + 1]!);
    let bad = units;
    for (let i = 0; i < units; i++) {
      const u = unit(i);
      if (u >= 0xd800 && u <= 0xdbff && i + 1 < units && unit(i + 1) >= 0xdc00 && unit(i + 1) <= 0xdfff) i++;
      else if (u >= 0xd800 && u <= 0xdfff) {
        bad = i;
        break;
      }
    }
    const before = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, 2 * bad));
    const what =
      bad < units
        ? say('một nửa cặp thay thế UTF-16 đứng riêng (nửa ký tự)', 'a lone UTF-16 surrogate (half of a character)')
        : say('số byte lẻ', 'an odd number of bytes');
    throw new DataError(
      say(`tệp không phải UTF-16 hợp lệ: ${what.vi}`, `file is not valid UTF-16: ${what.en}`),
      { file, ...position(before, before.length) },
      say('lưu lại dạng "Unicode text" hoặc "CSV UTF-8"', 'save it again as "Unicode text" or as "CSV UTF-8"'),
    );
  }
}

/** Line and column (1-based, in characters) of offset `at` of a text, as an editor shows them. */
function position(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(at, 0));
  const line = before.split(/\r\n|\r|\n/).length;
  return { line, column: before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) };
}

/** Many NUL bytes at odd or even positions mean 16-bit text, which UTF-8 decoding would mangle. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 200);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return n >= 4 && zeros >= n / 4;
}
