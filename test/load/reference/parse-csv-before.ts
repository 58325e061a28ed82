// The CSV reader as it was before its speed-ups (papaparse skipping blank rows itself, rows copied to
// trim them, line feeds counted a character at a time), kept verbatim as the reference that
// test/load/parse-csv-agrees.test.ts compares src/load/parse-csv.ts with.
import Papa from 'papaparse';
import { DataError } from '../../../src/model/errors.js';
import { say } from '../../../src/model/text.js';

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
 * Parses CSV text with papaparse, accepting comma, semicolon or tab delimiters, LF, CRLF or CR
 * line endings (mixed too, decided per line), quoted fields and blank lines. A row with the wrong
 * number of fields, or a quote papaparse cannot make sense of, is a DataError at its line and column.
 */
export function parseCsv(raw: string, file: string): CsvTable {
  const rows: { line: number; cells: string[] }[] = [];
  const { delimiter, header } = scanCsv(raw, file, () => (line, cells) => rows.push({ line, cells }));
  return { file, delimiter, header, rows };
}

/** What a reader does with the rows of a CSV file once it has its header: one call per data row. */
export type RowSink = (line: number, cells: string[]) => void;

/**
 * parseCsv without holding the rows: `begin` gets the header (and the delimiter) and returns what
 * takes each data row as it is parsed, so that a large year file never has all its rows' cells in
 * memory at once. Throws the same DataError as parseCsv, possibly after some rows were passed on.
 */
export function scanCsv(raw: string, file: string, begin: (header: string[], delimiter: string) => RowSink): { delimiter: string; header: string[] } {
  // Every CRLF or lone CR is one line break, as an editor shows it: normalised to LF before parsing,
  // so that papaparse never has to guess one line ending for the whole file (and lines still count right).
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  const delimiter = guessDelimiter(text);
  let header: string[] | undefined;
  let sink: RowSink | undefined;
  let line = 1;
  let offset = 0;
  let error: DataError | undefined;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      const end = result.meta.cursor;
      const start = rowStart(text, offset, end);
      line += countNewlines(text, offset, start);
      const problem = result.errors[0];
      if (problem) {
        error = parseError(problem, text, start, delimiter, file, line);
        parser.abort();
        return;
      }
      const cells = result.data.map((c) => c.trim());
      if (!header) sink = begin((header = cells), delimiter);
      else if (cells.length !== header.length) {
        const column = Math.min(cells.length, header.length) + 1;
        error = new DataError(
          say(`dòng có ${cells.length} trường nhưng dòng tiêu đề có ${header.length}`, `row has ${cells.length} fields but the header has ${header.length}`),
          { file, line, column },
          cells.length > header.length && delimiter === ','
            ? say(
                'dấu phẩy thập phân trong tệp phân cách bằng dấu phẩy tách một số làm hai: dùng dấu chấm, hoặc đặt trường trong dấu ngoặc kép',
                'a decimal comma in a comma-separated file splits a number in two: use a dot, or quote the field',
              )
            : undefined,
        );
        parser.abort();
        return;
      } else sink!(line, cells);
      line += countNewlines(text, start, end);
      offset = end;
    },
  });
  if (error) throw error;
  if (!header) throw new DataError(say('tệp trống', 'file is empty'), { file, line: 1 });
  return { delimiter, header };
}

/** A papaparse error as a DataError at the line and field where the offending quote opens. */
function parseError(problem: Papa.ParseError, text: string, rowStartAt: number, delimiter: string, file: string, rowLine: number): DataError {
  // papaparse points just past the opening quote of the field it gave up on.
  const index = typeof problem.index === 'number' ? problem.index : rowStartAt;
  const at = Math.max(rowStartAt, text[index - 1] === '"' ? index - 1 : index);
  const line = rowLine + countNewlines(text, rowStartAt, at);
  const column = fieldNumber(text, rowStartAt, at, delimiter);
  const hint = say(
    'trường bắt đầu bằng " phải kết thúc bằng " ngay trước dấu phân cách hoặc cuối dòng; viết "" cho một dấu ngoặc kép bên trong',
    'a field that starts with " must end with " right before the delimiter or the line end; write "" for a quote inside it',
  );
  switch (problem.code) {
    case 'MissingQuotes':
      return new DataError(say('trường trong dấu ngoặc kép không được đóng', 'quoted field is never closed'), { file, line, column }, hint);
    case 'InvalidQuotes':
      return new DataError(say('có chữ sau dấu ngoặc kép đóng của một trường', 'text after the closing quote of a quoted field'), { file, line, column }, hint);
    default:
      return new DataError(say(`không phân tích được dòng (${problem.code})`, `cannot parse the row (${problem.code})`), { file, line, column });
  }
}

/** 1-based number of the field at `at`, counting delimiters outside quotes from the row start. */
function fieldNumber(text: string, from: number, at: number, delimiter: string): number {
  let field = 1;
  let quoted = false;
  for (let i = from; i < at; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) field++;
  }
  return field;
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
  while (i < to && (text[i] === '\n' || text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
