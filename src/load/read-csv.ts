import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { DataError } from '../model/errors.js';
import { say } from '../model/text.js';
import { decodeBytes } from './decode.js';
import { parseCsv, scanCsv, type CsvTable, type RowSink } from './parse-csv.js';

/**
 * Reads and parses a CSV file from disk; `label` is the path shown in messages. Only a regular
 * file is read: a FIFO or a device would block or never end, so it is a DataError. It is opened
 * without blocking and checked on the open descriptor, so nothing can swap it in between.
 */
export function readCsv(path: string, label = path): CsvTable {
  return parseCsv(readText(path, label), label);
}

/** readCsv passing each row on as it is parsed (see scanCsv) instead of returning them all. */
export function scanCsvFile(path: string, label: string, begin: (header: string[], delimiter: string) => RowSink): { delimiter: string; header: string[] } {
  return scanCsv(readText(path, label), label, begin);
}

/** The decoded text of a regular file (DataError otherwise). */
function readText(path: string, label: string): string {
  let bytes: Uint8Array;
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile())
      throw new DataError(
        say('không phải tệp thông thường (là thư mục, FIFO, socket hoặc thiết bị)', 'not a regular file (a folder, FIFO, socket or device)'),
        {
          file: label,
        },
      );
    bytes = readFileSync(fd);
  } catch (e) {
    if (e instanceof DataError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError(
      code === 'ENOENT'
        ? say('không tìm thấy tệp', 'file not found')
        : say(`không đọc được tệp (${code ?? String(e)})`, `cannot read file (${code ?? String(e)})`),
      {
        file: label,
      },
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return decodeBytes(bytes, label).text;
}
