import { yearFragility } from '../../analysis/fragility.js';
import type { BenchmarkRequest } from '../../analysis/benchmark.js';
import { indexYearGaps } from '../../analysis/index-gaps.js';
import { componentYear } from '../../analysis/scope.js';
import type { Dataset } from '../../model/dataset.js';
import type { DepartmentMapping } from '../../model/departments.js';
import { UsageError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import type { Province } from '../../model/types.js';
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
  const gaps = indexYearGaps(data, mapping, { index: opts.index, year, series: opts.series, benchmark: opts.benchmark, asOf: opts.asOf });
  return { ...gaps, fragility: yearFragility(data, opts.index, year, gaps.province) };
}
