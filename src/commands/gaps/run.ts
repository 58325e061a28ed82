import type { BenchmarkSpec } from '../../analysis/benchmark.js';
import { previousYear } from '../../analysis/change.js';
import { mainComponents } from '../../analysis/composite.js';
import { departmentFor, departmentRef, type DepartmentRef } from '../../analysis/departments.js';
import { componentGaps, compositeGap, weightedGapSum, type Gap, type GapInput, type GapYear } from '../../analysis/gaps.js';
import { yearRuns } from '../../model/lookup.js';
import { MIN_COVERAGE } from '../../analysis/ranking.js';
import { UsageError } from '../../model/errors.js';
import { requireDefinitions } from '../../load/definitions.js';
import { periodFor, periodSpan, type Definitions } from '../../model/definitions.js';
import { tableSource } from '../../load/table-source.js';
import { type TableSource } from '../../model/dataset.js';
import { requireDepartments } from '../../load/departments.js';
import { provinceSeries, resolveProvince } from '../../model/province-series.js';
import type { DepartmentMapping } from '../../model/departments.js';
import type { Aggregation, YearTable } from '../../model/types.js';
import { gapsDoc } from './view.js';
import type { Output } from '../output.js';

export interface GapsOptions {
  dataDir: string;
  index: string;
  /** Default: the latest year in which the province has component values. */
  year?: number;
  /** Province name as typed (resolved for the year). */
  province: string;
  benchmark: BenchmarkSpec;
  /** `--departments FILE`; default: the data folder's departments.csv, else the bundled one. */
  departments?: string;
}

/** A component's gap with the department in charge of it in the year. */
export type DepartmentGap = Gap & { departments: DepartmentRef | null };

/** `chiso gaps --format json`: one province, index and year against one benchmark. */
export interface GapsResult {
  index: string;
  year: number;
  /** Province code in that year. */
  province: string;
  /** The benchmark, with `province` as a code. */
  benchmark: BenchmarkSpec;
  /** Share of the year's provinces a statistic over provinces needs. */
  minCoverage: number;
  methodology: { period: string; aggregation: Aggregation; compositeMax: number };
  previousYear: number | null;
  departmentsFile: string;
  composite: DepartmentGap;
  components: DepartmentGap[];
  /** Σ weighted gaps of the components (null unless all are known); equals the composite gap for province:NAME when the rule reproduces the composite. */
  weightedGapSum: number | null;
}

/** Component gaps of a province in one index-year, with the department of each component. */
export function runGaps(opts: GapsOptions): Output<GapsResult> {
  const defs = requireDefinitions(opts.dataDir);
  const source = tableSource(opts.dataDir, defs, [opts.index]);
  const mapping = requireDepartments(opts.dataDir, opts.departments, defs);
  const year = opts.year ?? defaultYear(source, defs, opts.index, opts.province);
  if (year === undefined) throw new UsageError(`${defs.indices.get(opts.index)!.shortName} has no data in the data folder`);
  const result = indexYearGaps(source, defs, mapping, { index: opts.index, year, province: opts.province, benchmark: opts.benchmark });
  return { result, doc: (view) => gapsDoc(result, defs, view) };
}

/** What one index-year gap computation needs. */
export interface IndexYearRequest {
  index: string;
  year: number;
  province: string;
  benchmark: BenchmarkSpec;
}

/** Gaps of every main component and of the composite, with departments; the core of gaps, weakest and departments. */
export function indexYearGaps(source: TableSource, defs: Definitions, mapping: DepartmentMapping, req: IndexYearRequest): GapsResult {
  const input = gapInput(source, defs, req);
  const period = input.current.period;
  const span = periodSpan(defs, period);
  const withDept = (g: Gap): DepartmentGap => {
    const a = departmentFor(mapping.assignments, req.index, g.code, req.year, g.parent ?? undefined);
    return { ...g, departments: a ? departmentRef(a) : null };
  };
  const components = componentGaps(input).map(withDept);
  return {
    index: req.index,
    year: req.year,
    province: input.current.province,
    benchmark: input.benchmark,
    minCoverage: MIN_COVERAGE,
    methodology: { period: `${span.from}–${span.to}`, aggregation: period.aggregation, compositeMax: period.compositeMax },
    previousYear: input.previous?.table.year ?? null,
    departmentsFile: mapping.file,
    composite: withDept(compositeGap(input)),
    components,
    weightedGapSum: weightedGapSum(components),
  };
}

/** The analysis input of one index-year: tables, units, province and benchmark resolved for the year. */
export function gapInput(source: TableSource, defs: Definitions, req: IndexYearRequest): GapInput {
  const index = defs.indices.get(req.index)!;
  const table = source.table(req.index, req.year);
  if (!table) {
    const years = source.years(req.index);
    throw new UsageError(`${index.shortName} has no data for ${req.year}`, years.length > 0 ? `years with ${index.shortName} data: ${yearRuns(years)}` : undefined);
  }
  const province = resolveProvince(defs, req.province, req.year).code;
  const benchmark: BenchmarkSpec = req.benchmark.kind === 'province' ? { kind: 'province', province: resolveProvince(defs, req.benchmark.province, req.year).code } : req.benchmark;
  const current = gapYear(defs, table, province);
  const prev = previousYear(source.years(req.index), req.year);
  const prevTable = prev === undefined ? undefined : source.table(req.index, prev);
  return { index, current, previous: prevTable ? gapYear(defs, prevTable, province) : undefined, periods: defs.periods, benchmark };
}

function gapYear(defs: Definitions, table: YearTable, province: string): GapYear {
  const units = defs.provinces.unitsIn(table.year).map((p) => ({ code: p.code, region: p.region }));
  return { table, period: periodFor(defs, table.index, table.year)!, units, province };
}

/**
 * The year a report defaults to: the latest in which the province has a component value, else the
 * latest in which it has any row, else the latest year of the index.
 */
export function defaultYear(source: TableSource, defs: Definitions, index: string, provinceName: string): number | undefined {
  provinceSeries(defs, provinceName); // an unknown name is a usage error, whatever the years
  const years = [...source.years(index)].reverse();
  let anyRow: number | undefined;
  for (const year of years) {
    const unit = defs.provinces.resolve(provinceName, year);
    const table = source.table(index, year);
    const period = periodFor(defs, index, year);
    const row = unit && table?.rows.find((r) => r.province === unit.code);
    if (!row || !period) continue;
    if (mainComponents(period).some((c) => row.values[c.code] !== undefined)) return year;
    anyRow ??= year;
  }
  return anyRow ?? years[0];
}
