import type { Dataset } from '../model/dataset.js';
import { periodFor, periodSpan } from '../model/definitions.js';
import type { DepartmentMapping } from '../model/departments.js';
import type { Aggregation, Province, YearTable } from '../model/types.js';
import { benchmarkFor, type BenchmarkRequest, type BenchmarkSpec } from './benchmark.js';
import { previousYear } from './change.js';
import { dayOf, departmentFor, departmentRef, type DepartmentRef } from './departments.js';
import type { GapYear } from './gap-change.js';
import { componentGaps, compositeGap, weightedGapSum, type Gap, type GapInput } from './gaps.js';
import { MIN_COVERAGE } from './coverage.js';
import { requireTable, requireUnit } from './scope.js';

/** A component's gap with the department in charge of it in the year. */
export type DepartmentGap = Gap & { departments: DepartmentRef | null };

/** One province, index and year against one benchmark: what gaps shows and weakest, departments, report and proposals stand on. */
export interface IndexGaps {
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
  /** The ISO day whose department assignments are shown (`--as-of`, else the year's last day). */
  asOf: string;
  composite: DepartmentGap;
  components: DepartmentGap[];
  /** Σ weighted gaps of the components (null unless all are known); equals the composite gap for province:NAME when the rule reproduces the composite. */
  weightedGapSum: number | null;
}

/** What one index-year gap computation needs: the province and the benchmark, resolved to units. */
export interface IndexYearRequest {
  index: string;
  year: number;
  series: Province[];
  benchmark: BenchmarkRequest;
  /** The ISO day whose department assignments apply (default: the year's last day). */
  asOf?: string;
}

/** Gaps of every main component and of the composite, with departments. */
export function indexYearGaps(data: Dataset, mapping: DepartmentMapping, req: IndexYearRequest): IndexGaps {
  const input = gapInput(data, req);
  const period = input.current.period;
  const span = periodSpan(data.defs, period);
  const withDept = (g: Gap): DepartmentGap => {
    const a = departmentFor(mapping.assignments, req.index, g.code, req.asOf ?? req.year, g.parent ?? undefined);
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
    asOf: dayOf(req.asOf ?? req.year),
    composite: withDept(compositeGap(input)),
    components,
    weightedGapSum: weightedGapSum(components),
  };
}

/** The analysis input of one index-year: tables, units, province and benchmark of the year. */
function gapInput(data: Dataset, req: IndexYearRequest): GapInput {
  const table = requireTable(data, req.index, req.year);
  const province = requireUnit(req.series, req.year, table).code;
  const current = gapYear(data, table, province);
  const prev = previousYear(data.years(req.index), req.year);
  const prevTable = prev === undefined ? undefined : data.table(req.index, prev);
  return {
    index: data.defs.indices.get(req.index)!,
    current,
    previous: prevTable ? gapYear(data, prevTable, province) : undefined,
    periods: data.defs.periods,
    benchmark: benchmarkFor(req.benchmark, req.year),
  };
}

function gapYear(data: Dataset, table: YearTable, province: string): GapYear {
  const units = data.defs.provinces.unitsIn(table.year).map((p) => ({ code: p.code, region: p.region }));
  const aggregate = data.defs.provinces.byCode.get(province)?.kind === 'aggregate';
  return { table, period: periodFor(data.defs, table.index, table.year)!, units, province, aggregate };
}
