import type { Definitions } from '../../model/definitions.js';
import { DataError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import { nameKey } from '../../model/provinces.js';
import type { ComponentDef } from '../../model/types.js';
import type { Sheet } from './read-workbook.js';
import { mainComponents, PROVINCE_HEADERS, put, tokens, type ImportedTable } from './sheet-table.js';

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
export function pciSummary(sheet: Sheet, file: string, defs: Definitions, year: number): ImportedTable {
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
      say(
        `trang tính "${sheet.name}": không có dòng tiêu đề với "Tỉnh" và tên các chỉ số thành phần (${names(comps)})`,
        `sheet "${sheet.name}": no header row with "Tỉnh" and sub-index names (${names(comps)})`,
      ),
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
  const at = (rowNo: number) => ({ file, sheet: sheet.name, row: rowNo });
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

/** The names of the main components, as the header row should have them. */
function names(comps: ComponentDef[]): string {
  return comps
    .filter((c) => c.kind === 'component')
    .map((c) => c.nameVi)
    .join(', ');
}
