import type { Definitions } from '../../model/definitions.js';
import { DataError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import { nameKey } from '../../model/provinces.js';
import { papiSheet } from './papi-sheet.js';
import { pciSummary } from './pci-summary.js';
import type { Sheet } from './read-workbook.js';
import type { ImportedTable } from './sheet-table.js';

/** The sheet names the importer knows, as a message lists them. */
const KNOWN = ['Tổng hợp', 'Tong Hop', 'PCI Tóm tắt', 'Tóm tắt các chỉ số PCI', 'Summary_VN', '<year>_PAPI'].map((s) => `"${s}"`).join(', ');
/** Sheets holding a year's summary, by the names VCCI and the PAPI team give them. */
const SUMMARY_SHEETS = ['tonghop', 'pcitomtat', 'tomtatcacchisopci', 'summaryvn'];

/** Finds every sheet of a known layout and reads it; an unknown layout is a DataError naming what was looked for. */
export function recognise(sheets: Sheet[], file: string, defs: Definitions, opts: { index?: string; year?: number }): ImportedTable[] {
  const out: ImportedTable[] = [];
  for (const sheet of sheets) {
    const key = nameKey(sheet.name);
    const papi = /^(\d{4})papi$/.exec(key);
    if (papi && (opts.index ?? 'papi') === 'papi') out.push(papiSheet(sheet, file, defs, opts.year ?? Number(papi[1])));
    else if (SUMMARY_SHEETS.includes(key) && (opts.index ?? 'pci') === 'pci') {
      const year = opts.year ?? yearOf(file);
      if (year === undefined)
        throw new DataError(
          say(`không xác định được năm của trang tính "${sheet.name}": thêm --year`, `cannot tell the year of sheet "${sheet.name}": pass --year`),
          { file },
        );
      out.push(pciSummary(sheet, file, defs, year));
    }
  }
  if (out.length === 0) {
    const listed = sheets.map((s) => `"${s.name}"`).join(', ');
    throw new DataError(
      say(
        `không nhận ra bố cục tệp bảng tính: không có trang tính nào tên ${KNOWN} với tiêu đề "Tỉnh" / "Tỉnh/Thành phố" / "tentinh_vie" (các trang tính: ${listed})`,
        `unknown workbook layout: no sheet named ${KNOWN} with a header "Tỉnh" / "Tỉnh/Thành phố" / "tentinh_vie" (sheets: ${listed})`,
      ),
      { file },
    );
  }
  return out;
}

/** The year in a workbook's file name (PCI_2016.xlsx). */
function yearOf(file: string): number | undefined {
  const m = /(?:^|[^0-9])((?:19|20)\d{2})(?![0-9])/.exec(file.replace(/^.*[\\/]/, ''));
  return m ? Number(m[1]) : undefined;
}
