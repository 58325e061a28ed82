import { LAST_63_YEAR, membersOf } from '../../analysis/merger.js';
import { rankHistory, type HistoryYear, type IndexHistory, type RankHistory } from '../../analysis/rank-history.js';
import { componentYearWithRow } from '../../analysis/scope.js';
import { hasData } from '../../analysis/standing.js';
import type { Dataset } from '../../model/dataset.js';
import type { Province } from '../../model/types.js';

// The report shows five years: ranking every table of every index (44 of them) to show five was most
// of its time (#15). These helpers rank only the years the report reads, one table at a time going
// back from the latest, and give the same history entries as `rankHistory` over all years for
// every year the report reads (a year's standing does not depend on other years; its change only on
// the latest earlier year with data, which the span starts at).

/** The province's standing in one index-year (undefined: no row, or no unit or period that year); its change is not worked out. */
function standingIn(data: Dataset, series: Province[], index: string, year: number): HistoryYear | undefined {
  return rankHistory(data, series, [index], year, year).indices[0]!.years[0];
}

/** The latest year of an index up to `to` (every year when undefined) in which the province's standing passes `ok`. */
export function latestYearWith(data: Dataset, series: Province[], index: string, to: number | undefined, ok: (s: HistoryYear) => boolean): number | undefined {
  const years = data.years(index);
  for (let i = years.length - 1; i >= 0; i--) {
    const year = years[i]!;
    if (to !== undefined && year > to) continue;
    const s = standingIn(data, series, index, year);
    if (s && ok(s)) return year;
  }
  return undefined;
}

/**
 * The province's history on one index up to `toYear`, as `rankHistory` gives it for every year from
 * `from` on, and for the latest earlier year with data (the change into `from` rests on it). A merged
 * unit's comparison also reads each member's last rank to 2024 and the first rank from 2025: the span
 * reaches back to them. Without an earlier year with data: the whole history.
 */
export function historyFrom(data: Dataset, series: Province[], index: string, from: number, toYear: number | undefined): IndexHistory {
  const whole = () => rankHistory(data, series, [index], undefined, toYear).indices[0]!;
  let start = latestYearWith(data, series, index, from - 1, hasData);
  if (start === undefined) return whole();
  const inSeries = new Set(series.map((u) => u.code));
  const members = series.flatMap((u) => membersOf(data.defs.provinces.all, u.code)).filter((m) => inSeries.has(m.code));
  if (members.length > 0 && start > LAST_63_YEAR) return whole();
  const ranked = (code: string) => (y: HistoryYear) => y.unit === code && y.year <= LAST_63_YEAR && y.rank !== null;
  let h = rankHistory(data, series, [index], start, toYear).indices[0]!;
  for (const m of members) {
    if (h.years.some(ranked(m.code))) continue;
    const earlier = latestYearWith(data, series, index, start - 1, ranked(m.code));
    if (earlier === undefined) continue;
    start = earlier;
    h = rankHistory(data, series, [index], start, toYear).indices[0]!;
  }
  return h;
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
  // Years first: the window of history depends on the latest year of every index.
  const latest = codes.map((index) => ({
    compositeYear: year ?? latestYearWith(data, series, index, undefined, hasData),
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
      return historyFrom(data, series, index, Math.min(window.from, compositeYear ?? Infinity, componentYear ?? Infinity), year);
    }),
  };
  const years: IndexYears[] = history.indices.map((h, i) => ({ h, ...latest[i]! }));
  return { history, years, dataYear, window };
}
