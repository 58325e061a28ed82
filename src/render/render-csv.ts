import Papa from 'papaparse';
import { cellText, type Doc } from './doc.js';

/** Renders the tables of a document as CSV; several tables are separated by a blank line. */
export function renderCsv(doc: Doc): string {
  const tables = doc.flatMap((b) => (b.kind === 'table' ? [b] : []));
  return tables
    .map((t) => Papa.unparse({ fields: t.columns.map((c) => neutralise(c.label)), data: t.rows.map((r) => r.map((c) => neutralise(cellText(c)))) }, { newline: '\n' }) + '\n')
    .join('\n');
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
