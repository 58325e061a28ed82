import type { BenchmarkSpec } from '../../analysis/benchmark.js';
import type { NaReason } from '../../analysis/na.js';
import { MIN_COVERAGE } from '../../analysis/ranking.js';
import { weakestComponents, type WeakCandidate, type WeakestBy } from '../../analysis/weakest.js';
import { UsageError } from '../../model/errors.js';
import { requireDefinitions } from '../../load/definitions.js';
import { requireDepartments } from '../../load/departments.js';
import { weakestDoc } from './view.js';
import { tableSource } from '../../load/table-source.js';
import { defaultYear, indexYearGaps, type DepartmentGap, type GapsResult } from '../gaps/run.js';
import type { Output } from '../output.js';

export interface WeakestOptions {
  dataDir: string;
  province: string;
  /** Default: for each index, the latest year with component scores for the province. */
  year?: number;
  /** Indices to report, each in its own list; undefined = all. */
  indices?: string[];
  /** One list across all indices (`--index all`) instead of one per index. */
  pooled: boolean;
  by: WeakestBy;
  n: number;
  benchmark: BenchmarkSpec;
  departments?: string;
}

/** What was looked at for one index, and how its components were ordered. */
export interface WeakestScope {
  index: string;
  year: number | null;
  province: string | null;
  previousYear: number | null;
  /** The benchmark with `province` as a code for this year. */
  benchmark: BenchmarkSpec | null;
  /** The order actually used (`score` when the requested one could be computed for no component). */
  by: WeakestBy;
  fellBack: boolean;
  /** Why `by` could not be used, when it fell back. */
  fallbackReason: NaReason | null;
  /** Components with a score that the order could not place. */
  unranked: { code: string; reason: NaReason | null }[];
  /** Why the index has no rows at all. */
  reason: NaReason | null;
}

/** One of the weakest components. */
export type WeakestRow = DepartmentGap & { index: string; year: number; province: string; position: number };

/** `chiso weakest --format json`. */
export interface WeakestResult {
  by: WeakestBy;
  n: number;
  pooled: boolean;
  minCoverage: number;
  departmentsFile: string;
  scopes: WeakestScope[];
  rows: WeakestRow[];
}

type Candidate = WeakCandidate & { gap: DepartmentGap; index: string; year: number; province: string };

/** The n weakest components of a province per index (or across all), each with its departments. */
export function runWeakest(opts: WeakestOptions): Output<WeakestResult> {
  const defs = requireDefinitions(opts.dataDir);
  const indices = opts.indices ?? [...defs.indices.keys()];
  const source = tableSource(opts.dataDir, defs, indices);
  const mapping = requireDepartments(opts.dataDir, opts.departments, defs);
  const scopes: WeakestScope[] = [];
  const rows: WeakestRow[] = [];
  const pool: Candidate[] = [];
  for (const index of indices) {
    const empty = (reason: NaReason, year: number | null = null): WeakestScope => ({
      index, year, province: null, previousYear: null, benchmark: null, by: opts.by, fellBack: false, fallbackReason: null, unranked: [], reason,
    });
    const year = opts.year ?? defaultYear(source, defs, index, opts.province);
    if (year === undefined || !source.table(index, year)) {
      // With one index asked for, a missing year is the user's mistake; with several it is just a gap in the data.
      if (indices.length === 1 && year !== undefined) {
        const name = defs.indices.get(index)!.shortName;
        const years = source.years(index);
        throw new UsageError(`${name} has no data for ${year}`, years.length > 0 ? `years with ${name} data: ${years[0]}–${years[years.length - 1]}` : undefined);
      }
      scopes.push(empty({ code: 'no-data', index, year: year ?? opts.year ?? 0 }, year ?? null));
      continue;
    }
    const gaps = indexYearGaps(source, defs, mapping, { index, year, province: opts.province, benchmark: opts.benchmark });
    const candidates: Candidate[] = gaps.components.map((gap) => ({ gap, compositeMax: gaps.methodology.compositeMax, index, year, province: gaps.province }));
    const scope: WeakestScope = { ...empty({ code: 'no-component-data', index }, year), province: gaps.province, previousYear: gaps.previousYear, benchmark: gaps.benchmark, reason: null };
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
    throw new UsageError(`no index has data for ${opts.year}`, `see chiso datasets for the years of each index`);
  }
  if (opts.pooled) rows.push(...weakestComponents(pool, opts.by, opts.n, false).picked.map((c, i) => row(c, i)));
  const result: WeakestResult = { by: opts.by, n: opts.n, pooled: opts.pooled, minCoverage: MIN_COVERAGE, departmentsFile: mapping.file, scopes, rows };
  return { result, doc: (view) => weakestDoc(result, defs, view) };
}

/** The n weakest components of one index-year under an order (falling back to own score when none can be ordered), with why the rest could not be ordered. */
export function pickWeakest(gaps: GapsResult, by: WeakestBy, n: number): Pick<WeakestScope, 'by' | 'fellBack' | 'fallbackReason' | 'unranked'> & { rows: DepartmentGap[] } {
  const candidates = gaps.components.map((gap) => ({ gap, compositeMax: gaps.methodology.compositeMax }));
  const pick = weakestComponents(candidates, by, n);
  return {
    by: pick.by,
    fellBack: pick.fellBack,
    fallbackReason: pick.fellBack ? reasonOf(candidates.find((c) => c.gap.score !== null)!.gap, by) : null,
    unranked: pick.unranked.map((c) => ({ code: c.gap.code, reason: reasonOf(c.gap, pick.by) })),
    rows: pick.picked.map((c) => c.gap),
  };
}

function row(c: Candidate, i: number): WeakestRow {
  return { ...c.gap, index: c.index, year: c.year, province: c.province, position: i + 1 };
}

/** Why a gap has no value under an order. */
function reasonOf(gap: DepartmentGap, by: WeakestBy): NaReason | null {
  const na = gap.na;
  switch (by) {
    case 'rank':
      return na.rank ?? null;
    case 'gap':
      return na.gapShare ?? null;
    case 'weighted-gap':
      return na.weightedGap ?? null;
    case 'score':
      return na.score ?? (gap.max === null ? { code: 'no-max' } : null);
  }
}
