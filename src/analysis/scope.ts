import { rowOf, type Dataset } from '../model/dataset.js';
import { periodFor } from '../model/definitions.js';
import { UsageError } from '../model/errors.js';
import { noTableError } from '../model/lookup.js';
import { existsIn } from '../model/provinces.js';
import { notAUnit } from '../model/province-series.js';
import { say } from '../model/text.js';
import type { Province, YearTable } from '../model/types.js';
import { mainComponents } from './composite.js';
import { lastRankedYear } from './ranked-years.js';

/**
 * Which unit and which years a command looks at, decided in one place: the province (as a series
 * of units over time: "Quảng Trị" is the old province to 2024 and the merged unit from 2025) ×
 * index → the unit of a year, the component year, the latest ranked year.
 */

/**
 * The unit of a province series that existed in an index year; given the year's table, the first
 * that has a row in it (an aggregate series lists several rows that exist every year: "Cả nước",
 * then the mean of the provinces).
 */
export function unitIn(series: Province[], year: number, table?: YearTable): Province | undefined {
  const existing = series.filter((u) => existsIn(u, year));
  return (table && existing.find((u) => rowOf(table, u.code))) ?? existing[0];
}

/** The unit of a series in a year, or a usage error when the name denotes no unit then. */
export function requireUnit(series: Province[], year: number, table?: YearTable): Province {
  const unit = unitIn(series, year, table);
  if (!unit) throw new UsageError(notAUnit(series[0]!.nameVi, year));
  return unit;
}

/** The table of an index-year, or a usage error listing the years the data folder has. */
export function requireTable(data: Dataset, index: string, year: number): YearTable {
  const table = data.table(index, year);
  if (table) return table;
  throw noTableError(data.defs.indices.get(index)?.shortName ?? index, year, data.years(index));
}

/** The latest year of an index with any rank, else its latest year. */
export function latestRankedYear(data: Dataset, index: string): number {
  const years = data.years(index);
  if (years.length === 0) throw noDataError(data.defs.indices.get(index)?.shortName ?? index);
  return lastRankedYear(data, index) ?? years[years.length - 1]!;
}

/**
 * The year a component view defaults to: the latest in which the province has a component value,
 * else the latest in which it has any row, else the latest year of the index.
 */
export function componentYear(data: Dataset, index: string, series: Province[]): number | undefined {
  const years = [...data.years(index)].reverse();
  let anyRow: number | undefined;
  for (const year of years) {
    const table = data.table(index, year);
    const unit = unitIn(series, year, table);
    const period = periodFor(data.defs, index, year);
    const row = unit && period && table ? rowOf(table, unit.code) : undefined;
    if (!row || !period) continue;
    if (mainComponents(period).some((c) => row.values[c.code] !== undefined)) return year;
    anyRow ??= year;
  }
  return anyRow ?? years[0];
}

/** The component year, only when the province has a row in it (undefined when it is in none of the index's files). */
export function componentYearWithRow(data: Dataset, index: string, series: Province[]): number | undefined {
  const year = componentYear(data, index, series);
  return year !== undefined && rowIn(data, index, series, year) ? year : undefined;
}

/** Whether the province (its unit of that year) has a row in an index-year. */
export function rowIn(data: Dataset, index: string, series: Province[], year: number): boolean {
  const table = data.table(index, year);
  const unit = unitIn(series, year, table);
  return unit !== undefined && table !== undefined && rowOf(table, unit.code) !== undefined;
}

/** A usage error when no index of the data folder has a table for `year`. */
export function requireSomeIndexIn(data: Dataset, year: number): void {
  if (![...data.defs.indices.keys()].some((i) => data.table(i, year))) {
    throw noIndexInYear(year);
  }
}

/** The usage error for an index the data folder has no file of. */
export function noDataError(indexName: string): UsageError {
  return new UsageError(say(`thư mục dữ liệu không có dữ liệu ${indexName}`, `no data for ${indexName} in the data folder`));
}

/** The usage error for a year no index of the data folder has. */
export function noIndexInYear(year: number | undefined): UsageError {
  return new UsageError(
    say(`không chỉ số nào có dữ liệu năm ${year}`, `no index has data for ${year}`),
    say('lệnh chiso datasets cho biết các năm có dữ liệu của từng chỉ số', 'see chiso datasets for the years of each index'),
  );
}
