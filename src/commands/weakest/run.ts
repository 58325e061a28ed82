import type { BenchmarkRequest } from '../../analysis/benchmark.js';
import { indexYearGaps, type DepartmentGap } from '../../analysis/index-gaps.js';
import type { NaReason } from '../../analysis/na.js';
import { MIN_COVERAGE } from '../../analysis/coverage.js';
import { componentYear, noIndexInYear } from '../../analysis/scope.js';
import { pickWeakest, reasonOf } from '../../analysis/weakest-pick.js';
import { weakestComponents, type WeakCandidate, type WeakestBy } from '../../analysis/weakest.js';
import type { Dataset } from '../../model/dataset.js';
import type { DepartmentMapping } from '../../model/departments.js';
import { UsageError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import type { Province } from '../../model/types.js';
import { NO_INDICATORS, type IndicatorSet } from '../../model/indicators.js';
import { weakIndicatorsOf } from '../../analysis/weak-indicators.js';
import type { WeakestResult, WeakestRow, WeakestScope } from './result.js';

export interface WeakestOptions {
  series: Province[];
  /** Default: for each index, the latest year with component scores for the province. */
  year?: number;
  /** Indices to report, each in its own list; undefined = all. */
  indices?: string[];
  /** One list across all indices (`--index all`) instead of one per index. */
  pooled: boolean;
  by: WeakestBy;
  n: number;
  benchmark: BenchmarkRequest;
  /** The ISO day whose department assignments apply (default: each year's last day). */
  asOf?: string;
  /** The level below the components (none: no indicator sections). */
  indicators?: IndicatorSet;
}

type Candidate = WeakCandidate & { gap: DepartmentGap; index: string; year: number; province: string };

/** The n weakest components of a province per index (or across all), each with its departments. */
export function runWeakest(data: Dataset, mapping: DepartmentMapping, opts: WeakestOptions): WeakestResult {
  const { defs } = data;
  const indices = opts.indices ?? [...defs.indices.keys()];
  const scopes: WeakestScope[] = [];
  const rows: WeakestRow[] = [];
  const pool: Candidate[] = [];
  for (const index of indices) {
    const empty = (reason: NaReason, year: number | null = null): WeakestScope => ({
      index,
      year,
      province: null,
      previousYear: null,
      benchmark: null,
      by: opts.by,
      fellBack: false,
      fallbackReason: null,
      unranked: [],
      reason,
    });
    const year = opts.year ?? componentYear(data, index, opts.series);
    if (year === undefined || !data.table(index, year)) {
      // With one index asked for, a missing year is the user's mistake; with several it is just a gap in the data.
      if (indices.length === 1 && year !== undefined) {
        const name = defs.indices.get(index)!.shortName;
        const years = data.years(index);
        throw new UsageError(
          say(`không có dữ liệu ${name} năm ${year}`, `${name} has no data for ${year}`),
          years.length > 0
            ? say(`các năm có dữ liệu ${name}: ${years[0]}–${years[years.length - 1]}`, `years with ${name} data: ${years[0]}–${years[years.length - 1]}`)
            : undefined,
        );
      }
      scopes.push(empty({ code: 'no-data', index, year: year ?? opts.year ?? 0 }, year ?? null));
      continue;
    }
    const gaps = indexYearGaps(data, mapping, { index, year, series: opts.series, benchmark: opts.benchmark, asOf: opts.asOf });
    const candidates: Candidate[] = gaps.components.map((gap) => ({ gap, compositeMax: gaps.methodology.compositeMax, index, year, province: gaps.province }));
    const scope: WeakestScope = {
      ...empty({ code: 'no-component-data', index }, year),
      province: gaps.province,
      previousYear: gaps.previousYear,
      benchmark: gaps.benchmark,
      reason: null,
    };
    if (candidates.every((c) => c.gap.score === null)) {
      scopes.push({ ...scope, reason: { code: 'no-component-data', index } });
      continue;
    }
    if (opts.pooled) {
      pool.push(...candidates);
      const pick = weakestComponents(candidates, opts.by, Infinity, false);
      scopes.push({ ...scope, unranked: pick.unranked.map((c) => ({ code: c.gap.code, reason: reasonOf(c.gap, opts.by) })) });
      continue;
    }
    const pick = pickWeakest(gaps, opts.by, opts.n);
    scopes.push({ ...scope, by: pick.by, fellBack: pick.fellBack, fallbackReason: pick.fallbackReason, unranked: pick.unranked });
    rows.push(...pick.rows.map((gap, i) => ({ ...gap, index, year, province: gaps.province, position: i + 1 })));
  }
  if (scopes.every((s) => s.reason?.code === 'no-data')) {
    throw noIndexInYear(opts.year);
  }
  if (opts.pooled) rows.push(...weakestComponents(pool, opts.by, opts.n, false).picked.map((c, i) => row(c, i)));
  const set = opts.indicators ?? NO_INDICATORS;
  const indicators = scopes.flatMap((s) =>
    s.year === null || s.province === null
      ? []
      : weakIndicatorsOf(
          data,
          set,
          s.index,
          s.year,
          s.province,
          rows.filter((r) => r.index === s.index).map((r) => r.code),
        ),
  );
  return {
    asOf: opts.asOf ?? null,
    by: opts.by,
    n: opts.n,
    pooled: opts.pooled,
    minCoverage: MIN_COVERAGE,
    departmentsFile: mapping.file,
    scopes,
    rows,
    indicators,
  };
}

function row(c: Candidate, i: number): WeakestRow {
  return { ...c.gap, index: c.index, year: c.year, province: c.province, position: i + 1 };
}
