import { periodFor, type Definitions } from '../../model/definitions.js';
import { DataError } from '../../model/errors.js';
import { nameKey } from '../../model/provinces.js';
import type { ComponentDef } from '../../model/types.js';
import type { Sheet } from './read-workbook.js';

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

/** Sheets holding a year's summary, by the names VCCI and the PAPI team give them. */
const SUMMARY_SHEETS = ['tonghop', 'pcitomtat', 'tomtatcacchisopci', 'summaryvn'];
const PROVINCE_HEADERS = ['tinh', 'tinhthanhpho', 'tentinhvie', 'province'];
/** Rows below the provinces that are statistics over them, not provinces. */
const STAT_ROW = /^(min|max|median|mean|average|trungvi|nhonhat|lonnhat|caonhat|thapnhat|trungbinh|giatri)/;

/** Finds every sheet of a known layout and reads it; an unknown layout is a DataError naming what was looked for. */
export function recognise(sheets: Sheet[], file: string, defs: Definitions, opts: { index?: string; year?: number }): ImportedTable[] {
  const out: ImportedTable[] = [];
  for (const sheet of sheets) {
    const key = nameKey(sheet.name);
    const papi = /^(\d{4})papi$/.exec(key);
    if (papi && (opts.index ?? 'papi') === 'papi') out.push(papiSheet(sheet, file, defs, opts.year ?? Number(papi[1])));
    else if (SUMMARY_SHEETS.includes(key) && (opts.index ?? 'pci') === 'pci') {
      const year = opts.year ?? yearOf(file);
      if (year === undefined) throw new DataError(`cannot tell the year of sheet "${sheet.name}": pass --year`, { file });
      out.push(pciSummary(sheet, file, defs, year));
    }
  }
  if (out.length === 0) {
    throw new DataError(
      `unknown workbook layout: no sheet named ${['Tổng hợp', 'Tong Hop', 'PCI Tóm tắt', 'Tóm tắt các chỉ số PCI', 'Summary_VN', '<year>_PAPI'].map((s) => `"${s}"`).join(', ')} with a header "Tỉnh" / "Tỉnh/Thành phố" / "tentinh_vie" (sheets: ${sheets.map((s) => `"${s.name}"`).join(', ')})`,
      { file },
    );
  }
  return out;
}

/** Words of a label, folded as province names are (case, diacritics, đ). */
function tokens(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .map(nameKey)
    .filter((w) => w.length > 0);
}

function yearOf(file: string): number | undefined {
  const m = /(?:^|[^0-9])((?:19|20)\d{2})(?![0-9])/.exec(file.replace(/^.*[\\/]/, ''));
  return m ? Number(m[1]) : undefined;
}

function mainComponents(defs: Definitions, index: string, year: number, file: string): ComponentDef[] {
  const period = periodFor(defs, index, year);
  if (!period) throw new DataError(`no methodology period for ${index} ${year} in the definitions`, { file });
  return period.components;
}

/** The component a header names: "CSTP 3", "Chỉ số thành phần 3", or its Vietnamese or English name. */
function matchHeader(header: string, comps: ComponentDef[], taken: Set<string>): ComponentDef | undefined {
  const h = nameKey(header);
  if (h.length < 4) return undefined;
  const numbered = /^(?:cstp|chisothanhphan|chiso)(\d+)/.exec(h);
  const main = comps.filter((c) => c.kind === 'component');
  if (numbered) return main[Number(numbered[1]) - 1];
  let best: ComponentDef | undefined;
  let bestScore = 0;
  const words = new Set(tokens(header));
  for (const c of main) {
    if (taken.has(c.code)) continue;
    for (const name of [c.nameVi, c.nameEn]) {
      const k = nameKey(name);
      // One inside the other, else most words of the name in the header ("Chi phí về thời gian để …" names "Chi phí thời gian").
      const own = tokens(name);
      const hits = own.filter((w) => words.has(w));
      const score = h.includes(k) ? k.length : k.includes(h) ? h.length : own.length > 0 && hits.length / own.length >= 0.5 ? hits.join('').length : 0;
      if (score >= 8 && score > bestScore) [best, bestScore] = [c, score];
    }
  }
  return best;
}

/** A PCI summary sheet: one column per sub-index, or (2011–2016) one sorted province–score pair per sub-index. */
function pciSummary(sheet: Sheet, file: string, defs: Definitions, year: number): ImportedTable {
  const comps = mainComponents(defs, 'pci', year, file);
  let best: { row: number; prov: number; cols: { col: number; header: string; code: string }[] } | undefined;
  for (let r = 0; r < Math.min(6, sheet.rows.length); r++) {
    const cells = sheet.rows[r]!.map(String);
    const prov = cells.findIndex((c) => PROVINCE_HEADERS.includes(nameKey(c)));
    if (prov < 0) continue;
    const taken = new Set<string>();
    const above = sheet.rows.slice(0, r + 1);
    const cols = cells.flatMap((header, col) => {
      if (col === prov) return [];
      // Two header rows (2006: English above Vietnamese): the row's own text first, then all of them.
      const c = matchHeader(header, comps, taken) ?? matchHeader(above.map((x) => String(x[col] ?? '')).join(' '), comps, taken);
      if (!c) return [];
      taken.add(c.code);
      return [{ col, header: header.replace(/\s+/g, ' ').trim(), code: c.code }];
    });
    fillByOrder(
      cols,
      cells,
      comps.filter((c) => c.kind === 'component'),
      taken,
    );
    if (!best || cols.length > best.cols.length) best = { row: r, prov, cols };
  }
  if (!best || best.cols.length === 0)
    throw new DataError(
      `sheet "${sheet.name}": no header row with "Tỉnh" and sub-index names (${comps
        .filter((c) => c.kind === 'component')
        .map((c) => c.nameVi)
        .join(', ')})`,
      { file },
    );
  // A repeated header starts another table (2016: one province's profile below the sorted lists).
  const rest = sheet.rows.slice(best.row + 1);
  const first = rest.findIndex((r) => best.cols.some((c) => typeof r[c.col] === 'number'));
  const repeat = rest.findIndex((r, i) => i > first && PROVINCE_HEADERS.includes(nameKey(String(r[best.prov] ?? ''))));
  const data = repeat < 0 ? rest : rest.slice(0, repeat);
  // Sorted lists: the cell left of each score column holds a province name.
  const paired = best.cols.filter((c) => c.col - 1 !== best.prov);
  const pairs =
    paired.length > 0 &&
    paired.every((c) => {
      const scored = data.filter((r) => typeof r[c.col] === 'number').slice(0, 10);
      return scored.length > 0 && scored.filter((r) => typeof r[c.col - 1] === 'string' && r[c.col - 1] !== '').length * 2 > scored.length;
    });
  const table: ImportedTable = {
    index: 'pci',
    year,
    sheet: sheet.name,
    layout: pairs ? 'sorted-pairs' : 'columns',
    columns: best.cols.map(({ header, code }) => ({ header, code })),
    rows: new Map(),
    skipped: [],
    notes: [],
  };
  const at = (rowNo: number) => `${file} sheet "${sheet.name}" row ${rowNo}`;
  data.forEach((cells, i) => {
    const rowNo = best.row + 2 + i;
    for (const c of best.cols) {
      const name = String(cells[pairs ? c.col - 1 : best.prov] ?? '').trim();
      put(table, defs, name, c.code, cells[c.col], at(rowNo));
    }
  });
  return table;
}

/**
 * A column between two recognised ones whose components leave exactly one out takes that one:
 * VCCI renamed sub-indices over the years (2006–2007 "Chính sách phát triển khu vực kinh tế tư
 * nhân" for business support), but kept their order.
 */
function fillByOrder(cols: { col: number; header: string; code: string }[], cells: string[], main: ComponentDef[], taken: Set<string>): void {
  const pos = (code: string) => main.findIndex((c) => c.code === code);
  const sorted = [...cols].sort((a, b) => a.col - b.col);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i]!, sorted[i + 1]!];
    const middle = main[pos(a.code) + 1];
    if (b.col - a.col === 2 && pos(b.code) - pos(a.code) === 2 && middle && !taken.has(middle.code) && cells[a.col + 1]?.trim()) {
      taken.add(middle.code);
      cols.push({ col: a.col + 1, header: cells[a.col + 1]!.replace(/\s+/g, ' ').trim(), code: middle.code });
    }
  }
  cols.sort((x, y) => x.col - y.col);
}

/** A PAPI yearly sheet: names, then each dimension followed by its sub-dimensions, then the total. */
function papiSheet(sheet: Sheet, file: string, defs: Definitions, year: number): ImportedTable {
  const comps = mainComponents(defs, 'papi', year, file).filter((c) => c.kind !== 'alternate');
  const header = sheet.rows.findIndex((r) => r.some((c) => nameKey(String(c)) === 'tentinhvie'));
  if (header < 0) throw new DataError(`sheet "${sheet.name}": no header "tentinh_vie"`, { file });
  const cells = sheet.rows[header]!.map(String);
  const prov = cells.findIndex((c) => nameKey(c) === 'tentinhvie');
  // The columns follow the owners' order, which is the order of components.csv for the year.
  const cols = comps.slice(0, Math.max(0, cells.length - prov - 1)).map((c, i) => ({ col: prov + 1 + i, header: cells[prov + 1 + i]!.trim(), code: c.code }));
  const table: ImportedTable = {
    index: 'papi',
    year,
    sheet: sheet.name,
    layout: 'papi-sheet',
    columns: cols.map(({ header: h, code }) => ({ header: h, code })),
    rows: new Map(),
    skipped: [],
    notes: [],
  };
  untilBlank(sheet.rows.slice(header + 1)).forEach((r, i) => {
    for (const c of cols) put(table, defs, String(r[prov] ?? '').trim(), c.code, r[c.col], `${file} sheet "${sheet.name}" row ${header + 2 + i}`);
  });
  return table;
}

/** The rows up to the first blank one after some data: what follows is another table (2016: a province profile). */
function untilBlank(rows: (string | number)[][]): (string | number)[][] {
  const blank = (r: (string | number)[]) => r.every((c) => c === '');
  const first = rows.findIndex((r) => !blank(r));
  if (first < 0) return [];
  const end = rows.findIndex((r, i) => i > first && blank(r));
  return end < 0 ? rows : rows.slice(0, end);
}

/** Stores one value: statistics rows skipped, a repeated identical value dropped with a note, a conflicting one an error. */
function put(t: ImportedTable, defs: Definitions, name: string, code: string, cell: unknown, where: string): void {
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
      throw new DataError(`${where}: ${name} appears twice with different ${code} (${row[code]} and ${cell})`, { file: where.split(' sheet ')[0]! });
    const note = `${name}: identical duplicate row dropped`;
    if (!t.notes.includes(note)) t.notes.push(note);
    return;
  }
  row[code] = cell;
  t.rows.set(p.code, row);
}
