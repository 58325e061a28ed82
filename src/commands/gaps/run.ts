import { yearFragility } from '../../analysis/fragility.js';
import type { BenchmarkRequest } from '../../analysis/benchmark.js';
import { indexYearGaps } from '../../analysis/index-gaps.js';
import { componentYear } from '../../analysis/scope.js';
import type { Dataset } from '../../model/dataset.js';
import type { DepartmentMapping } from '../../model/departments.js';
import { UsageError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import type { Province } from '../../model/types.js';
import { isAggregate } from '../../model/province-series.js';
import type { GapsResult } from './result.js';

export interface GapsOptions {
  index: string;
  /** Default: the latest year in which the province has component values. */
  year?: number;
  series: Province[];
  benchmark: BenchmarkRequest;
  /** The ISO day whose department assignments apply (default: the year's last day). */
  asOf?: string;
}

/** Component gaps of a province in one index-year, with the department of each component. */
export function runGaps(data: Dataset, mapping: DepartmentMapping, opts: GapsOptions): GapsResult {
  const year = opts.year ?? componentYear(data, opts.index, opts.series);
  const name = data.defs.indices.get(opts.index)!.shortName;
  if (year === undefined) throw new UsageError(say(`thư mục dữ liệu không có dữ liệu ${name}`, `${name} has no data in the data folder`));
  const aggregate = isAggregate(opts.series);
  const found = indexYearGaps(data, mapping, { index: opts.index, year, series: opts.series, benchmark: opts.benchmark, asOf: opts.asOf });
  // Departments are a province's: a national figure has none.
  const gaps = aggregate
    ? { ...found, composite: { ...found.composite, departments: null }, components: found.components.map((g) => ({ ...g, departments: null })) }
    : found;
  // How close a rank is to the next says nothing for a row that has no rank.
  return { ...gaps, fragility: aggregate ? null : yearFragility(data, opts.index, year, gaps.province), aggregate };
}
