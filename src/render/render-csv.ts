import Papa from 'papaparse';
import { cellText, type Doc } from './doc.js';
import { terminalText } from '../model/sanitize.js';

/** Renders the tables of a document as CSV; several tables are separated by a blank line; `excel` as in excelCsv. */
export function renderCsv(doc: Doc, excel = false): string {
  const tables = doc.flatMap((b) => (b.kind === 'table' ? [b] : []));
  const text = tables
    .map(
      (t) =>
        Papa.unparse({ fields: t.columns.map((c) => csvCell(c.label)), data: t.rows.map((r) => r.map((c) => csvCell(cellText(c)))) }, { newline: '\n' }) + '\n',
    )
    .join('\n');
  return excel ? excelCsv(text) : text;
}

/**
 * CSV text rewritten for Excel in a Vietnamese locale (what it opens by double-click): UTF-8 BOM,
 * `;` delimiter, CRLF, and a decimal comma in the cells that are plain numbers.
 */
export function excelCsv(text: string): string {
  const blocks = text.split(/\n\n/);
  const out = blocks.map((block) => {
    const rows = Papa.parse<string[]>(block, { delimiter: ',', newline: '\n', skipEmptyLines: true }).data;
    const data = rows.map((r) => r.map((c) => (/^-?\d+\.\d+$/.test(c) ? c.replace('.', ',') : c)));
    return data.length === 0 ? '' : Papa.unparse(data, { delimiter: ';', newline: '\r\n' }) + '\r\n';
  });
  return '\uFEFF' + out.join('\r\n');
}

/** A cell's text for CSV: control characters shown escaped (CSV goes to terminals too), formulas neutralised. */
function csvCell(text: string): string {
  return neutralise(terminalText(text));
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) gets a leading
 * `'` (OWASP CSV injection advice); a plain number such as -3.5 (or -2.5%) is left as it is.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
