import Papa from 'papaparse';
import type { DataTable, DataTables, DataValue } from './data-table.js';
import { neutralise } from './render-csv.js';
import { UsageError } from '../model/errors.js';
import { terminalText } from '../model/sanitize.js';
import { say } from '../model/text.js';

/** How a data table is written: header codes or labels, and plain CSV or what a Vietnamese-locale Excel opens by double-click. */
export interface CsvOptions {
  headers: 'codes' | 'labels';
  /** UTF-8 BOM, `;` delimiter, decimal comma, CRLF. */
  excel: boolean;
  /** Name of the table to write (`--table`); default the first. */
  table?: string;
}

/** The table `--table NAME` picks (any case), else the command's main (first) one; an unknown name is a usage error listing the names. */
export function pickTable(set: DataTables, name: string | undefined): DataTable | undefined {
  if (name === undefined) return set.tables[0];
  const found = set.tables.find((t) => t.name.toLowerCase() === name.trim().toLowerCase());
  const names = set.tables.map((t) => t.name).join(', ');
  if (!found)
    throw new UsageError(
      say(`kết quả này không có bảng "${name}"`, `no table "${name}" in this output`),
      say(`các bảng: ${names || 'không có'}`, `tables: ${names || 'none'}`),
    );
  return found;
}

/** One data table as CSV: a header of codes (or labels), then one line per row; an empty result is the header alone. */
export function renderDataCsv(set: DataTables, opts: CsvOptions): string {
  const table = pickTable(set, opts.table);
  if (!table) return '';
  const fields = table.columns.map((c) => textCell(opts.headers === 'labels' ? c.label : c.code));
  const data = table.rows.map((r) => r.map((v) => csvValue(v, opts.excel)));
  const newline = opts.excel ? '\r\n' : '\n';
  const text = Papa.unparse({ fields, data }, { delimiter: opts.excel ? ';' : ',', newline }) + newline;
  return opts.excel ? `\uFEFF${text}` : text;
}

/** A value as a CSV cell: empty for missing, a number with `.` (`,` for Excel) and no thousands separator, text made safe. */
export function csvValue(v: DataValue, decimalComma: boolean): string {
  if (v === null) return '';
  if (typeof v === 'number') {
    const t = numberText(v);
    return decimalComma ? t.replace('.', ',') : t;
  }
  return textCell(v);
}

/** A number in plain decimal notation: never an exponent, no `+`, no thousands separator, -0 as 0. */
export function numberText(n: number): string {
  if (Object.is(n, -0) || n === 0) return '0';
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n
    .toFixed(20)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

/** Text from the data for a cell: control characters shown escaped (CSV goes to terminals too), formulas neutralised. */
export function textCell(text: string): string {
  return neutralise(terminalText(text));
}
