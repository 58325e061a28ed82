import { periodFor, type Definitions } from '../../model/definitions.js';
import { DataError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import { nameKey } from '../../model/provinces.js';
import type { ComponentDef } from '../../model/types.js';

/** A year table read from a workbook sheet: values by province code, in the data folder's codes. */
export interface ImportedTable {
  index: string;
  year: number;
  sheet: string;
  layout: 'columns' | 'sorted-pairs' | 'papi-sheet';
  /** Header text → component code, as recognised. */
  columns: { header: string; code: string }[];
  rows: Map<string, Record<string, number>>;
  skipped: string[];
  notes: string[];
}

/** Header texts of the province column. */
export const PROVINCE_HEADERS = ['tinh', 'tinhthanhpho', 'tentinhvie', 'province'];
/** Rows below the provinces that are statistics over them, not provinces. */
const STAT_ROW = /^(min|max|median|mean|average|trungvi|nhonhat|lonnhat|caonhat|thapnhat|trungbinh|giatri)/;

/** Words of a label, folded as province names are (case, diacritics, đ). */
export function tokens(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .map(nameKey)
    .filter((w) => w.length > 0);
}

/** The components of an index-year's period; a year without one is a DataError. */
export function mainComponents(defs: Definitions, index: string, year: number, file: string): ComponentDef[] {
  const period = periodFor(defs, index, year);
  if (!period)
    throw new DataError(
      say(`các tệp định nghĩa không có giai đoạn phương pháp cho ${index} ${year}`, `no methodology period for ${index} ${year} in the definitions`),
      { file },
    );
  return period.components;
}

/** The rows up to the first blank one after some data: what follows is another table (2016: a province profile). */
export function untilBlank(rows: (string | number)[][]): (string | number)[][] {
  const blank = (r: (string | number)[]) => r.every((c) => c === '');
  const first = rows.findIndex((r) => !blank(r));
  if (first < 0) return [];
  const end = rows.findIndex((r, i) => i > first && blank(r));
  return end < 0 ? rows : rows.slice(0, end);
}

/** Where a cell of a workbook is: file, sheet and row (1-based, as the spreadsheet shows it). */
export interface SheetCell {
  file: string;
  sheet: string;
  row: number;
}

/** Stores one value: statistics rows skipped, a repeated identical value dropped with a note, a conflicting one an error. */
export function put(t: ImportedTable, defs: Definitions, name: string, code: string, cell: unknown, where: SheetCell): void {
  if (name === '' || typeof cell !== 'number') return;
  const key = nameKey(name);
  if (STAT_ROW.test(key) || key === '') {
    if (!t.skipped.includes(name)) t.skipped.push(name);
    return;
  }
  const p = defs.provinces.resolve(name, t.year);
  if (!p) {
    if (!t.skipped.includes(name)) t.skipped.push(name);
    return;
  }
  const row = t.rows.get(p.code) ?? {};
  if (code in row) {
    if (row[code] !== cell)
      throw new DataError(
        say(
          `${where.file} trang tính "${where.sheet}" dòng ${where.row}: ${name} xuất hiện hai lần với ${code} khác nhau (${row[code]} và ${cell})`,
          `${where.file} sheet "${where.sheet}" row ${where.row}: ${name} appears twice with different ${code} (${row[code]} and ${cell})`,
        ),
        { file: where.file },
      );
    const note = `${name}: identical duplicate row dropped`;
    if (!t.notes.includes(note)) t.notes.push(note);
    return;
  }
  row[code] = cell;
  t.rows.set(p.code, row);
}
