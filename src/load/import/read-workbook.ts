import { readFileSync } from 'node:fs';
import { DataError } from '../../model/errors.js';
import { say } from '../../model/text.js';

/** One sheet of a workbook as a grid of cells (numbers, strings, '' for empty). */
export interface Sheet {
  name: string;
  rows: (string | number)[][];
}

/**
 * Reads an .xls (BIFF8) or .xlsx workbook. SheetJS (@e965/xlsx, the maintained Community Edition)
 * is loaded here only, so that no other command pays for it.
 */
export async function readWorkbook(path: string, label: string): Promise<Sheet[]> {
  const XLSX = await import('@e965/xlsx');
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError(
      code === 'ENOENT'
        ? say('không tìm thấy tệp', 'file not found')
        : say(`không đọc được tệp (${code ?? String(e)})`, `cannot read file (${code ?? String(e)})`),
      { file: label },
    );
  }
  let wb;
  try {
    wb = XLSX.read(bytes, { dense: true });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new DataError(say(`không đọc được tệp bảng tính (${why})`, `not a readable workbook (${why})`), { file: label });
  }
  return wb.SheetNames.map((name) => ({
    name,
    rows: XLSX.utils
      .sheet_to_json<(string | number)[]>(wb.Sheets[name]!, { header: 1, defval: '', raw: true, blankrows: true })
      .map((r) => r.map((c) => (typeof c === 'number' || typeof c === 'string' ? c : String(c)))),
  }));
}
