import { DataError } from '../model/errors.js';

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
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (looksLikeUtf16WithoutBom(body)) {
    throw new DataError('file looks like UTF-16 without a byte-order mark', { file, line: 1, column: 1 },
      'save it as "CSV UTF-8" or as UTF-16 with BOM ("Unicode text")');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Decode leniently only to find where the first bad byte lands, in the user's lines and columns.
    const lenient = new TextDecoder('utf-8').decode(body);
    const at = lenient.indexOf('\uFFFD');
    const before = lenient.slice(0, Math.max(at, 0));
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new DataError('file is not UTF-8 (probably a legacy Windows code page such as Windows-1258)',
      { file, line, column }, 'save it as "CSV UTF-8" (Excel: File > Save As > CSV UTF-8)');
  }
}

/** Many NUL bytes at odd or even positions mean 16-bit text, which UTF-8 decoding would mangle. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 200);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return n >= 4 && zeros >= n / 4;
}
