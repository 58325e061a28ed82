import { periodFor, type Definitions } from '../../model/definitions.js';
import { DataError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import type { IndicatorDef } from '../../model/indicators.js';
import { nameKey } from '../../model/provinces.js';
import type { Sheet } from './read-workbook.js';

/** Base indicators read from the sheets of a PCI data workbook (2023: one sheet per sub-index). */
export interface ImportedIndicators {
  index: string;
  year: number;
  sheets: string[];
  columns: { header: string; code: string }[];
  /** Province code → indicator code → value. */
  rows: Map<string, Record<string, number>>;
}

/** Spreadsheet column letters: 0 → a, 25 → z, 26 → aa. */
function letters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Sheets whose second header is "CSTP N: …" hold sub-index N's base indicators, one column each;
 * the definitions name each indicator `<sub-index>_<column letter>` of that sheet (data/README.md),
 * so a column is taken only when indicators.csv defines its code.
 */
export function indicatorSheets(sheets: Sheet[], file: string, defs: Definitions, year: number, known: IndicatorDef[]): ImportedIndicators | undefined {
  const main = periodFor(defs, 'pci', year)?.components.filter((c) => c.kind === 'component') ?? [];
  const codes = new Set(known.filter((i) => i.index === 'pci' && i.year === year).map((i) => i.code));
  const out: ImportedIndicators = { index: 'pci', year, sheets: [], columns: [], rows: new Map() };
  for (const sheet of sheets) {
    const header = (sheet.rows[0] ?? []).map(String);
    const n = /^cstp(\d+)/.exec(nameKey(header[1] ?? ''));
    if (!n || nameKey(header[0] ?? '') !== 'tinhthanhpho' || nameKey(sheet.name) === 'tonghop') continue;
    const parent = main[Number(n[1]) - 1];
    if (!parent) continue;
    const cols = header.flatMap((h, col) =>
      col >= 2 && codes.has(`${parent.code}_${letters(col)}`) ? [{ col, header: h.replace(/\s+/g, ' ').trim(), code: `${parent.code}_${letters(col)}` }] : [],
    );
    if (cols.length === 0) continue;
    out.sheets.push(sheet.name);
    out.columns.push(...cols.map(({ header: h, code }) => ({ header: h, code })));
    sheet.rows.slice(1).forEach((r, i) => {
      const p = defs.provinces.resolve(String(r[0] ?? '').trim(), year);
      if (!p) return; // min / median / max rows and blanks
      const row = out.rows.get(p.code) ?? {};
      for (const c of cols) {
        const v = r[c.col];
        if (typeof v !== 'number') continue;
        if (c.code in row && row[c.code] !== v)
          throw new DataError(
            say(
              `trang tính "${sheet.name}" dòng ${i + 2}: ${p.nameVi} xuất hiện hai lần với ${c.code} khác nhau`,
              `sheet "${sheet.name}" row ${i + 2}: ${p.nameVi} appears twice with different ${c.code}`,
            ),
            { file },
          );
        row[c.code] = v;
      }
      out.rows.set(p.code, row);
    });
  }
  return out.columns.length > 0 ? out : undefined;
}

/** indicator-values.csv with the imported index-year's rows replacing any it had (existing: the file's text, or undefined). */
export function mergeIndicatorValues(existing: string | undefined, imp: ImportedIndicators, defs: Definitions, force: boolean, path: string): string {
  const lines = (existing ?? 'index,year,province,code,value\n').split('\n').filter((l) => l !== '');
  const prefix = `${imp.index},${imp.year},`;
  const kept = lines.filter((l, i) => i === 0 || !l.startsWith(prefix));
  if (kept.length < lines.length && !force)
    throw new DataError(
      say(
        `${path} đã có số liệu ${imp.index} ${imp.year}: thêm --force để thay thế`,
        `${path} already has ${imp.index} ${imp.year} values: pass --force to replace them`,
      ),
      { file: path },
    );
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const added = [...imp.rows].flatMap(([code, values]) =>
    Object.entries(values).map(([k, v]) => `${prefix}${quote(defs.provinces.byCode.get(code)?.nameVi ?? code)},${k},${v}`),
  );
  return `${[...kept, ...added].join('\n')}\n`;
}
