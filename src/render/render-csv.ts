import Papa from 'papaparse';
import { cellText, type Doc } from './doc.js';
import { terminalText } from '../model/sanitize.js';

/** Renders the tables of a document as CSV; several tables are separated by a blank line. */
export function renderCsv(doc: Doc): string {
  const tables = doc.flatMap((b) => (b.kind === 'table' ? [b] : []));
  return tables
    .map(
      (t) =>
        Papa.unparse({ fields: t.columns.map((c) => csvCell(c.label)), data: t.rows.map((r) => r.map((c) => csvCell(cellText(c)))) }, { newline: '\n' }) + '\n',
    )
    .join('\n');
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
