import type { ImportedSheet } from './result.js';

type Layout = ImportedSheet['layout'];

/** Labels of `chiso import`. */
export const IMPORT = {
  vi: {
    sheet: (file: string, sheet: string, layout: string) => `${file} — trang "${sheet}" (${layout})`,
    /** What each recognised layout is, for people (the JSON keeps the code). */
    layouts: {
      columns: 'mỗi chỉ số thành phần một cột',
      'sorted-pairs': 'danh sách xếp hạng, cặp cột tỉnh – điểm',
      'papi-sheet': 'trang PAPI theo năm',
    } satisfies Record<Layout, string>,
    target: (index: string, year: number, target: string, dry: boolean) => `${index} ${year} → ${target}${dry ? ' (chạy thử, không ghi)' : ''}.`,
    rows: (n: number) => `${n} tỉnh.`,
    header: 'Tiêu đề cột',
    code: 'Mã chỉ số thành phần',
    skipped: (rows: string) => `Bỏ qua (không phải tỉnh): ${rows}`,
    indicators: (file: string, year: number, n: number, sheets: number, provinces: number, target: string, dry: boolean) =>
      `${file}: ${n} chỉ tiêu PCI ${year} từ ${sheets} trang, ${provinces} tỉnh → ${target}${dry ? ' (chạy thử, không ghi)' : ''}`,
  },
  en: {
    sheet: (file: string, sheet: string, layout: string) => `${file} — sheet "${sheet}" (${layout})`,
    layouts: {
      columns: 'one column per sub-index',
      'sorted-pairs': 'ranked lists in province–score column pairs',
      'papi-sheet': 'PAPI yearly sheet',
    } satisfies Record<Layout, string>,
    target: (index: string, year: number, target: string, dry: boolean) => `${index} ${year} → ${target}${dry ? ' (dry run, nothing written)' : ''}.`,
    rows: (n: number) => `${n} provinces.`,
    header: 'Column header',
    code: 'Component code',
    skipped: (rows: string) => `Skipped (not provinces): ${rows}`,
    indicators: (file: string, year: number, n: number, sheets: number, provinces: number, target: string, dry: boolean) =>
      `${file}: ${n} PCI ${year} indicators from ${sheets} sheets, ${provinces} provinces → ${target}${dry ? ' (dry run, nothing written)' : ''}`,
  },
};
