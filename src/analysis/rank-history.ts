import { expectedUnits, rowOf, type Dataset } from '../model/dataset.js';
import { groupSchemeFor, periodFor } from '../model/definitions.js';
import { groupOf, type GroupRef } from './groups.js';
import { unitIn } from './scope.js';
import type { Province, RankKind, YearTable } from '../model/types.js';
import { breaksBetween, type MethodologyBreak } from './breaks.js';
import { standingChange, type StandingChange } from './change.js';
import { hasData, standingOf, standingsOf, type Standing } from './standing.js';

/** One year of a province's history on one index. */
export interface HistoryYear extends Standing {
  year: number;
  /** The provincial unit the name denoted that year (names of merged units changed meaning in 2025). */
  unit: string;
  /** The owners' group that year (PAPI percentile group, PCI tier, PAR INDEX A/B/C); null where none applies. */
  group: GroupRef | null;
  /** Against the previous year in which the province had a score or a rank; null when there is none. */
  change: StandingChange | null;
}

/** A province's composite score and rank on one index, year by year. */
export interface IndexHistory {
  index: string;
  /**
   * Every year with a table for the index from the first to the last year the province has a row
   * in (years in between where it is missing come with noRank `no-data`); empty when it has none.
   */
  years: HistoryYear[];
  /** Methodology changes between the first and the last of those years. */
  breaks: MethodologyBreak[];
  /** Years with a table for the index in the requested range, whether or not the province is in it. */
  tableYears: number[];
}

/** An index history with how the index's ranks come about (official, reported, none). */
export interface RankedHistory extends IndexHistory {
  rankKind: RankKind;
}

/** The rank history of one province (a series of units over time) on several indices. */
export interface RankHistory {
  /** Codes of the units the name denotes over time, oldest first. */
  units: string[];
  indices: IndexHistory[];
}

/**
 * Score, rank (with denominator), change and methodology breaks of a province on each index and
 * year from `fromYear` to `toYear`: what `chiso trend` shows and a province report summarises.
 * Each year table is ranked once.
 */
export function rankHistory(data: Dataset, units: Province[], indices: string[], fromYear?: number, toYear?: number): RankHistory {
  const tables = new Map<string, YearTable[]>();
  // Years outside the range are skipped before their tables are read (a table may be read only on first use).
  for (const index of indices) {
    for (const year of data.years(index)) {
      if ((fromYear !== undefined && year < fromYear) || (toYear !== undefined && year > toYear)) continue;
      const t = data.table(index, year);
      if (!t) continue;
      const list = tables.get(t.index);
      if (list) list.push(t);
      else tables.set(t.index, [t]);
    }
  }
  const out: IndexHistory[] = indices.map((index) => {
    const own = (tables.get(index) ?? []).sort((a, b) => a.year - b.year);
    const rows: HistoryYear[] = [];
    for (const table of own) {
      const row = historyYear(data, units, index, table);
      if (row) rows.push(row);
    }
    return historyOf(
      data,
      index,
      rows,
      own.map((t) => t.year),
    );
  });
  return { units: units.map((u) => u.code), indices: out };
}

/** The province's entry for one year table of an index, its change not yet worked out (undefined: no unit or period that year). */
export function historyYear(data: Dataset, units: Province[], index: string, table: YearTable): HistoryYear | undefined {
  const unit = unitIn(units, table.year, table);
  const period = periodFor(data.defs, index, table.year);
  if (!unit || !period) return undefined;
  // No row: nothing to rank (a report searching back through an index's years meets many such).
  if (!rowOf(table, unit.code)) return { year: table.year, unit: unit.code, ...standingOf(undefined, unit.code), group: null, change: null };
  const expected = expectedUnits(data.defs, table.year);
  const standing = standingOf(standingsOf(table, period, expected, COMPOSITE), unit.code);
  const group = groupOf(groupSchemeFor(data.defs, index, table.year), table, period, expected, unit.code);
  return { year: table.year, unit: unit.code, ...standing, group, change: null };
}

const COMPOSITE = { kind: 'composite' } as const;

/**
 * An index history from the province's entries of consecutive table years (ascending, see
 * historyYear): from the first to the last year it has a row in, each with its change (set on the
 * entries themselves, so a list may be passed again), and the breaks between them.
 */
export function historyOf(data: Dataset, index: string, rows: HistoryYear[], tableYears: number[]): IndexHistory {
  let first = 0;
  let last = rows.length - 1;
  while (first <= last && rows[first]!.noRank === 'no-data') first++;
  while (last >= first && rows[last]!.noRank === 'no-data') last--;
  const years = first > last ? [] : rows.slice(first, last + 1);
  const precision = data.defs.indices.get(index)?.precision ?? 2;
  let prev: HistoryYear | undefined;
  for (const y of years) {
    y.change = null;
    if (prev && hasData(y)) {
      y.change = standingChange(
        {
          periods: data.defs.periods,
          index,
          fromYear: prev.year,
          toYear: y.year,
          precision,
          scaleFrom: periodFor(data.defs, index, prev.year)?.compositeMax,
          scaleTo: periodFor(data.defs, index, y.year)?.compositeMax,
          unitChanged: prev.unit !== y.unit,
        },
        prev,
        y,
      );
    }
    if (hasData(y)) prev = y;
  }
  const breaks = years.length < 2 ? [] : breaksBetween(data.defs.periods, index, years[0]!.year, years[years.length - 1]!.year);
  return { index, years, breaks, tableYears };
}
