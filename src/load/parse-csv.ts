import Papa from 'papaparse';
import { DataError } from '../model/errors.js';

/** A CSV file split into a header and data rows, each row with its 1-based line number. */
export interface CsvTable {
  file: string;
  delimiter: string;
  /** Header names as written (trimmed). */
  header: string[];
  rows: { line: number; cells: string[] }[];
}

const DELIMITERS = [',', ';', '\t'];

/**
 * Parses CSV text with papaparse, accepting comma, semicolon or tab delimiters, CRLF, quoted
 * fields and blank lines. A row with the wrong number of fields is a DataError at its line.
 */
export function parseCsv(text: string, file: string): CsvTable {
  const delimiter = guessDelimiter(text);
  const rows: { line: number; cells: string[] }[] = [];
  let header: string[] | undefined;
  let line = 1;
  let offset = 0;
  let error: DataError | undefined;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: text.includes('\r\n') ? '\r\n' : '\n',
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      const end = result.meta.cursor;
      const start = rowStart(text, offset, end);
      line += countNewlines(text, offset, start);
      const cells = result.data.map((c) => c.trim());
      if (!header) header = cells;
      else if (cells.length !== header.length) {
        const column = Math.min(cells.length, header.length) + 1;
        error = new DataError(`row has ${cells.length} fields but the header has ${header.length}`, { file, line, column },
          cells.length > header.length && delimiter === ',' ? 'a decimal comma in a comma-separated file splits a number in two: use a dot, or quote the field' : undefined);
        parser.abort();
        return;
      } else rows.push({ line, cells });
      line += countNewlines(text, start, end);
      offset = end;
    },
  });
  if (error) throw error;
  if (!header) throw new DataError('file is empty', { file, line: 1 });
  return { file, delimiter, header, rows };
}

/** The delimiter that splits the header line into the most fields (outside quotes). */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, (text.indexOf('\n') + 1 || text.length + 1) - 1).replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = firstLine.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

/** Skips blank lines papaparse passed over, so the row's line number is where its text begins. */
function rowStart(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text[i] === '\n' || text[i] === '\r' || text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
