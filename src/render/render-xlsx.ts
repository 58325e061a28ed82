import type { Workbook } from 'exceljs';
import type { DataTable, DataTables, DataValue } from './data-table.js';
import { textCell } from './render-data-csv.js';

/** What goes into a workbook besides the tables: header kind, the notes of the output, and the command line that made it. */
export interface XlsxOptions {
  headers: 'codes' | 'labels';
  /** Title and notes of the output (the paragraphs a table or Markdown output shows). */
  notes: string[];
  commandLine: string;
  lang: 'vi' | 'en';
}

const NOTES = {
  vi: { sheet: 'ghi_chu', command: 'Lệnh', note: 'Ghi chú', source: 'Nguồn' },
  en: { sheet: 'notes', command: 'Command', note: 'Note', source: 'Source' },
};
const MAX_WIDTH = 60;

/**
 * An .xlsx workbook: one sheet per data table (numbers as numbers, rank and rank_of as two numeric
 * columns, bold frozen header with a filter, column widths from the content), then a notes sheet
 * with the command line, the notes and the sources. exceljs, not SheetJS CE (which `chiso import`
 * reads with): CE writes neither frozen panes nor bold cells. Loaded only for --format xlsx.
 */
export async function renderXlsx(set: DataTables, opts: XlsxOptions): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'chiso';
  // A fixed date, so that the same data and command give the same bytes.
  wb.created = wb.modified = new Date(Date.UTC(2000, 0, 1));
  const names = new Set<string>();
  for (const table of set.tables) addSheet(wb, sheetName(table.name, names), table, opts.headers);
  const t = NOTES[opts.lang];
  const notes = wb.addWorksheet(sheetName(t.sheet, names));
  notes.columns = [{ width: 14 }, { width: 100 }];
  const line = (kind: string, text: string) => notes.addRow([kind, textCell(text)]);
  line(t.command, opts.commandLine);
  for (const n of opts.notes) line(t.note, n);
  for (const s of set.sources) line(t.source, s);
  notes.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function addSheet(wb: Workbook, name: string, table: DataTable, headers: 'codes' | 'labels'): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const head = table.columns.map((c) => textCell(headers === 'labels' ? c.label : c.code));
  ws.addRow(head).font = { bold: true };
  for (const r of table.rows) ws.addRow(r.map(cellValue));
  table.columns.forEach((c, i) => {
    const longest = Math.max(head[i]!.length, ...table.rows.map((r) => String(r[i] ?? '').length));
    const column = ws.getColumn(i + 1);
    column.width = Math.min(MAX_WIDTH, longest + 2);
    if (c.type === 'integer') column.numFmt = '0';
  });
  if (table.columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + table.rows.length, column: table.columns.length } };
}

/** A cell value: numbers as numbers, missing as an empty cell, text made safe as in CSV. */
function cellValue(v: DataValue): string | number | null {
  return typeof v === 'string' ? textCell(v) : v;
}

/** A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, unique in the workbook (case-insensitive). */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'sheet';
  let out = base;
  for (let i = 2; taken.has(out.toLowerCase()); i++) out = `${base.slice(0, 31 - String(i).length - 1)}_${i}`;
  taken.add(out.toLowerCase());
  return out;
}
