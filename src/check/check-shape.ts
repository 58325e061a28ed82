import { say } from '../model/text.js';
import type { IndexDef, Issue, Period, YearTable } from '../model/types.js';

/** Workbook extensions that may not sit in a year folder: their numbers would be silently skipped. */
const WORKBOOK = /\.(xls|xlsx|xlsm|ods)$/i;

/**
 * A year file that cannot feed any command: no recognised measure column, or no row for a known
 * province. Both are errors, so that a typo in a header never turns into a table of empty rows.
 */
export function checkShape(table: YearTable, index: IndexDef, period: Period): Issue[] {
  const issues: Issue[] = [];
  const measures = Object.keys(table.columns).filter((c) => c !== 'province' && c !== 'source' && c !== 'note' && c !== 'rank_of');
  if (measures.length === 0) {
    issues.push({
      severity: 'error',
      check: 'no-measure',
      file: table.file,
      line: 1,
      message: say(
        `không có cột số liệu nào nhận ra được (${index.compositeCode}, rank hoặc một chỉ số thành phần của ${index.shortName} ${period.fromYear}–${period.toYear})`,
        `no recognised measure column (${index.compositeCode}, rank or a component of ${index.shortName} ${period.fromYear}–${period.toYear})`,
      ),
      hint: say('đối chiếu tên các cột với components.csv', 'check the header names against components.csv'),
    });
  }
  if (table.rows.length === 0 && table.aggregates.length === 0) {
    issues.push({
      severity: 'error',
      check: 'no-province',
      file: table.file,
      line: 1,
      message: say('không dòng nào có tên một tỉnh đã biết', 'no row names a known province'),
      hint: say('kiểm tra cột province và data/provinces.csv', 'check the province column and data/provinces.csv'),
    });
  }
  return issues;
}

/**
 * Listing problems made errors: a workbook in a year folder is data the user meant to load
 * (the listing reports it as a stray file, a warning).
 */
export function escalateListing(issues: Issue[]): Issue[] {
  return issues.map((i) =>
    i.severity === 'warning' && WORKBOOK.test(i.file)
      ? {
          ...i,
          severity: 'error',
          check: 'workbook',
          message: say('tệp bảng tính (workbook) không được đọc: tệp số liệu năm phải là <năm>.csv', 'a workbook is not read: year files are <year>.csv'),
          hint: say(
            'chuyển nó sang CSV bằng "chiso import", hoặc chuyển nó ra khỏi thư mục dữ liệu',
            'convert it with "chiso import", or move it out of the data folder',
          ),
        }
      : i,
  );
}

/** The workbook errors of a listing for the years a command reads (a workbook not named by year counts for all). */
export function workbookErrors(issues: Issue[], years?: (year: number) => boolean): Issue[] {
  return escalateListing(issues).filter((i) => {
    if (i.check !== 'workbook') return false;
    const year = /(\d{4})\.[^./\\]+$/.exec(i.file)?.[1];
    return !years || year === undefined || years(Number(year));
  });
}
