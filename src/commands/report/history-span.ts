import { LAST_63_YEAR, membersOf } from '../../analysis/merger.js';
import { historyOf, historyYear, rankHistory, type HistoryYear, type IndexHistory, type RankHistory } from '../../analysis/rank-history.js';
import { componentYearWithRow } from '../../analysis/scope.js';
import { hasData } from '../../analysis/standing.js';
import type { Dataset } from '../../model/dataset.js';
import type { Province } from '../../model/types.js';

// The report shows five years: ranking every table of every index (44 of them) to show five was most
// of its time (#15). These helpers rank only the years the report reads, one table at a time going
// back from the latest, and give the same history entries as `rankHistory` over all years for
// every year the report reads (a year's standing does not depend on other years; its change only on
// the latest earlier year with data, which the span starts at).

/** The province's entries of one index, each year's made once (the searches below read a year several times). */
interface IndexEntries {
  index: string;
  /** The index's years up to the report's year, ascending. */
  years: number[];
  /** The province's entry in a year (undefined: no table, or no unit or period that year). */
  at(year: number): HistoryYear | undefined;
}

function entriesOf(data: Dataset, series: Province[], index: string, toYear: number | undefined): IndexEntries {
  const made = new Map<number, HistoryYear | undefined>();
  const at = (year: number) => {
    if (!made.has(year)) {
      const table = data.table(index, year);
      made.set(year, table && historyYear(data, series, index, table));
    }
    return made.get(year);
  };
  return { index, years: data.years(index).filter((y) => toYear === undefined || y <= toYear), at };
}

/** Whether there is an entry and it passes `ok`. */
function passes(s: HistoryYear | undefined, ok: (s: HistoryYear) => boolean): boolean {
  return s !== undefined && ok(s);
}

/** The latest year of an index up to `to` (every year when undefined) in which the province's standing passes `ok`. */
function latestYearWith(e: IndexEntries, to: number | undefined, ok: (s: HistoryYear) => boolean): number | undefined {
  for (let i = e.years.length - 1; i >= 0; i--) {
    const year = e.years[i]!;
    if (to !== undefined && year > to) continue;
    if (passes(e.at(year), ok)) return year;
  }
  return undefined;
}

/** The history from `start` (every year when undefined) to the report's year, as `rankHistory` gives it. */
function historyFrom(data: Dataset, e: IndexEntries, start: number | undefined): IndexHistory {
  const rows: HistoryYear[] = [];
  const tableYears: number[] = [];
  for (const year of e.years) {
    if (start !== undefined && year < start) continue;
    if (!data.table(e.index, year)) continue;
    tableYears.push(year);
    const row = e.at(year);
    if (row) rows.push(row);
  }
  return historyOf(data, e.index, rows, tableYears);
}

/**
 * The province's history on one index, as `rankHistory` gives it for every year from `from` on, and
 * for the latest earlier year with data (the change into `from` rests on it). A merged unit's
 * comparison also reads each member's last rank to 2024 and the first rank from 2025: the span
 * reaches back to them. Without an earlier year with data: the whole history.
 */
function spanFrom(data: Dataset, series: Province[], e: IndexEntries, from: number): IndexHistory {
  let start = latestYearWith(e, from - 1, hasData);
  if (start === undefined) return historyFrom(data, e, undefined);
  const inSeries = new Set(series.map((u) => u.code));
  const members = series.flatMap((u) => membersOf(data.defs.provinces.all, u.code)).filter((m) => inSeries.has(m.code));
  if (members.length > 0 && start > LAST_63_YEAR) return historyFrom(data, e, undefined);
  const ranked = (code: string) => (y: HistoryYear) => y.unit === code && y.year <= LAST_63_YEAR && y.rank !== null;
  for (const m of members) {
    // Entries outside the history's span have no row, hence no rank: any entry from `start` on may be read.
    const since = start;
    if (e.years.some((year) => year >= since && passes(e.at(year), ranked(m.code)))) continue;
    start = latestYearWith(e, start - 1, ranked(m.code)) ?? start;
  }
  return historyFrom(data, e, start);
}

/** The years an index section rests on: composite (score and rank) and components. */
export interface IndexYears {
  h: IndexHistory;
  compositeYear: number | undefined;
  componentYear: number | undefined;
}

/** Years of rank history the report shows (summary lines, chart, breaks): a five-year plan period. */
export const HISTORY_SPAN = 5;

/**
 * The years the report rests on: per index the latest year with a composite and with components
 * (`year` when given), the data year and the window of history before it, and the history itself,
 * ranked only from the window (or an earlier year a section uses) on.
 */
export function reportYears(data: Dataset, series: Province[], year: number | undefined) {
  const codes = [...data.defs.indices.keys()];
  const entries = codes.map((index) => entriesOf(data, series, index, year));
  // Years first: the window of history depends on the latest year of every index.
  const latest = codes.map((index, i) => ({
    compositeYear: year ?? latestYearWith(entries[i]!, undefined, hasData),
    componentYear: year ?? componentYearWithRow(data, index, series),
  }));
  const used = latest.flatMap((y) => [y.compositeYear, y.componentYear]).filter((y): y is number => y !== undefined);
  const dataYear = year ?? (used.length > 0 ? Math.max(...used) : null);
  const window = dataYear === null ? null : { from: dataYear - HISTORY_SPAN + 1, to: dataYear };
  const history: RankHistory = {
    units: series.map((u) => u.code),
    indices: codes.map((index, i) => {
      const { compositeYear, componentYear } = latest[i]!;
      if (window === null) return rankHistory(data, series, [index], undefined, year).indices[0]!;
      return spanFrom(data, series, entries[i]!, Math.min(window.from, compositeYear ?? Infinity, componentYear ?? Infinity));
    }),
  };
  const years: IndexYears[] = history.indices.map((h, i) => ({ h, ...latest[i]! }));
  return { history, years, dataYear, window };
}
