import { readFileSync } from 'node:fs';
import { DataError } from '../model/errors.js';
import { decodeBytes } from './decode.js';
import { parseCsv, type CsvTable } from './parse-csv.js';

/** Reads and parses a CSV file from disk; `label` is the path shown in messages. */
export function readCsv(path: string, label = path): CsvTable {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError(code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(e)})`, { file: label });
  }
  return parseCsv(decodeBytes(bytes, label).text, label);
}
