import Papa from 'papaparse';
import { cellText, type Doc } from './doc.js';

/** Renders the tables of a document as CSV; several tables are separated by a blank line. */
export function renderCsv(doc: Doc): string {
  const tables = doc.flatMap((b) => (b.kind === 'table' ? [b] : []));
  return tables
    .map((t) => Papa.unparse({ fields: t.columns.map((c) => c.label), data: t.rows.map((r) => r.map(cellText)) }, { newline: '\n' }) + '\n')
    .join('\n');
}
