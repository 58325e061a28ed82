// Reports computed ahead (issue #15). The default report (no --year, --targets or --departments, -n
// as given by default) of a province is what analysts and scripts call most, and on the bundled data
// it is the same on every call but for one input: the day of its department assignments (--as-of,
// else today). `npm run build` computes it for every province for the build's day and stores it in
// the data cache (scripts/data-cache.mjs); a call reads it back while the bundled data is unchanged
// and the same assignments are in force on the call's day as on the build's, the call's day written
// where the build's stood. Any other call computes the report, as does every call of the plain build.
import { isDeepStrictEqual } from 'node:util';
import { inForce } from '../../analysis/departments.js';
import type { Dataset } from '../../model/dataset.js';
import type { DepartmentMapping } from '../../model/departments.js';
import type { IndicatorSet } from '../../model/indicators.js';
import { mapStrings } from '../../model/map-strings.js';
import { outputDecimals } from '../../model/precision.js';
import { provinceSeries } from '../../model/province-series.js';
import type { Province } from '../../model/types.js';
import { countValue, DEFAULT_COUNT } from '../shared/option-values.js';
import type { ReportResult } from './result.js';
import { runReport } from './run.js';

/** What names a report computed ahead: the province's units and the count of weakest components. */
export function aheadKey(series: Province[], n: number): string {
  return `${series.map((u) => u.code).join('+')}/${n}`;
}

/** Whether the same department assignments are in force on two ISO days. */
export function sameAssignments(mapping: DepartmentMapping, a: string, b: string): boolean {
  return mapping.assignments.every((x) => inForce(x, a) === inForce(x, b));
}

/**
 * The days on which the same department assignments are in force as on `day`: an interval around it
 * (both ends included; null where it has none), bounded by the nearest days on which an assignment
 * starts or ends.
 */
export function assignmentSpan(mapping: DepartmentMapping, day: string): { from: string | null; to: string | null } {
  let from: string | null = null;
  let to: string | null = null;
  const raise = (d: string) => void (from = from === null || d > from ? d : from);
  const lower = (d: string) => void (to = to === null || d < to ? d : to);
  for (const a of mapping.assignments) {
    if (a.from !== undefined) {
      if (a.from <= day) raise(a.from);
      else lower(shiftDay(a.from, -1));
    }
    if (a.to !== undefined) {
      if (day <= a.to) lower(a.to);
      else raise(shiftDay(a.to, 1));
    }
  }
  return { from, to };
}

/** The reports computed ahead, and the decimals of their JSON numbers (the same for every province: outputDecimals). */
export interface ReportsAhead {
  reports: Map<string, ReportResult>;
  decimals: number;
}

/**
 * The default report of every province (as a series of units, with the default -n) for the
 * day `day`, by key, to be stored as JSON. A report is left out (and computed on each call) unless
 * it reads back from JSON as it is, and the report for a neighbouring day with the same assignments
 * is it with that day written where `day` stood: the check that the day enters it in no other way.
 */
export function reportsAhead(data: Dataset, mapping: DepartmentMapping, indicators: IndicatorSet, day: string): ReportsAhead {
  const n = countValue(DEFAULT_COUNT);
  const ahead = { reports: new Map<string, ReportResult>(), decimals: outputDecimals(data, undefined, indicators) };
  const other = neighbourDay(mapping, day);
  if (other === undefined) return ahead;
  for (const p of data.defs.provinces.all) {
    if (p.kind !== 'unit') continue;
    const series = provinceSeries(data.defs, p.nameVi);
    const key = aheadKey(series, n);
    if (ahead.reports.has(key)) continue;
    const report = (asOf: string) => runReport(data, mapping, { series, n, asOf, indicators });
    let result: ReportResult;
    try {
      result = report(day);
    } catch {
      continue; // the call fails, and will say why each time
    }
    // Parsed back once: compared as it is, then with the other day written in (mapStrings works in place).
    const back = JSON.parse(JSON.stringify(result)) as ReportResult;
    if (
      isDeepStrictEqual(back, result) &&
      isDeepStrictEqual(
        mapStrings(back, (s) => (s === day ? other : s)),
        report(other),
      )
    )
      ahead.reports.set(key, result);
  }
  return ahead;
}

/** The day before `day`, else the day after, if the same department assignments are in force on it (what a check of the day against another needs). */
export function neighbourDay(mapping: DepartmentMapping, day: string): string | undefined {
  return [-1, 1].map((d) => shiftDay(day, d)).find((d) => sameAssignments(mapping, day, d));
}

/** The ISO day `by` days after `day`. */
export function shiftDay(day: string, by: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + by)).toISOString().slice(0, 10);
}

/** The province's default report on `asOf`, and its decimals, when the data cache has it computed ahead. */
export async function reportAhead(
  dataDir: string,
  series: Province[],
  n: number,
  mapping: DepartmentMapping,
  asOf: string,
): Promise<{ result: ReportResult; decimals: number } | undefined> {
  const stored = (await import('../../load/data-cache.js')).cachedReport(dataDir, aheadKey(series, n));
  return stored && sameAssignments(mapping, stored.day, asOf) ? { result: stored.read(asOf) as ReportResult, decimals: stored.decimals } : undefined;
}
