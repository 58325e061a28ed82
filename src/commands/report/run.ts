import { breaksBetween } from '../../analysis/breaks.js';
import { MIN_COVERAGE } from '../../analysis/coverage.js';
import { coverageOf, type ReportCoverage } from '../../analysis/report-coverage.js';
import { departmentFor, departmentRef } from '../../analysis/departments.js';
import { indexYearGaps, type IndexGaps } from '../../analysis/index-gaps.js';
import type { ReportReason } from '../../analysis/na.js';
import type { rankHistory } from '../../analysis/rank-history.js';
import { mergerHistories } from '../../analysis/merger-history.js';
import { requireSomeIndexIn, rowIn, unitIn } from '../../analysis/scope.js';
import { hasData } from '../../analysis/standing.js';
import { triageOf } from '../../analysis/triage.js';
import { pickWeakest } from '../../analysis/weakest-pick.js';
import type { Dataset } from '../../model/dataset.js';
import type { DepartmentMapping } from '../../model/departments.js';
import type { Province } from '../../model/types.js';
import type { TargetsFile } from '../../model/targets.js';
import { yearFragility } from '../../analysis/fragility.js';
import { checkTargets, targetsOfProvince } from '../../analysis/targets-check.js';
import { NO_INDICATORS, type IndicatorSet } from '../../model/indicators.js';
import { weakIndicatorsOf } from '../../analysis/weak-indicators.js';
import { caveatsOf } from './caveats.js';
import { reportYears, type IndexYears } from './history-span.js';
import type { ReportIndex, ReportResult, ReportWeakest } from './result.js';

export interface ReportOptions {
  /** The province as a series of units over time. */
  series: Province[];
  /** Default: per index, the latest year with data for the province. */
  year?: number;
  /** Weakest components listed per index. */
  n: number;
  /** A targets file (--targets): the province's targets are judged in the report. */
  targets?: TargetsFile;
  /** The ISO day whose department assignments apply (default: each data year's last day). */
  asOf?: string;
  /** The level below the components (none: no indicator lines under the weakest components). */
  indicators?: IndicatorSet;
}

/** The province report: coverage, cross-index summary, weakest components, triage lists, rank chart, caveats. */
export function runReport(data: Dataset, mapping: DepartmentMapping, opts: ReportOptions): ReportResult {
  if (opts.year !== undefined) requireSomeIndexIn(data, opts.year);
  const { defs } = data;
  const { history, years, dataYear, window } = reportYears(data, opts.series, opts.year);

  const gapsOf = new Map<string, IndexGaps>();
  const indices = years.map((y) => indexSection(data, mapping, opts, y, window, gapsOf));
  const coverage = years.flatMap((y) => coverageSection(data, opts.series, y));
  const triage = triageOf(
    indices,
    gapsOf,
    defs,
    history.indices.map((h) => h.years),
  );
  return {
    units: history.units,
    year: opts.year ?? null,
    dataYear,
    window,
    n: opts.n,
    minCoverage: MIN_COVERAGE,
    departmentsFile: mapping.file,
    asOf: opts.asOf ?? null,
    coverage,
    indices,
    triage,
    caveats: caveatsOf(data, mapping, opts.series, { window, indices, coverage, triage, gapsOf }),
    targets: opts.targets ? checkTargets(data, targetsOfProvince(opts.targets, defs, opts.series), { province: opts.series[0]!.nameVi }) : null,
    // A merged unit's members, each with its own ranks to 2024 within the window (never the unit's).
    ...mergerSection(data, opts.series, history, window),
  };
}

/** One index of the report: its standing, history within the window, and weakest components (whose gaps go into `gapsOf`). */
function indexSection(
  data: Dataset,
  mapping: DepartmentMapping,
  opts: ReportOptions,
  y: IndexYears,
  window: ReportResult['window'],
  gapsOf: Map<string, IndexGaps>,
): ReportIndex {
  const { h, compositeYear, componentYear } = y;
  const def = data.defs.indices.get(h.index)!;
  const standing = compositeYear === undefined ? null : (h.years.find((x) => x.year === compositeYear) ?? null);
  const unitOf = (year: number | undefined) => (year === undefined ? undefined : unitIn(opts.series, year)?.code);

  let weakest: ReportWeakest | null = null;
  if (componentYear !== undefined && rowIn(data, h.index, opts.series, componentYear)) {
    const gaps = indexYearGaps(data, mapping, { index: h.index, year: componentYear, series: opts.series, benchmark: { kind: 'median' }, asOf: opts.asOf });
    gapsOf.set(h.index, gaps);
    weakest = weakestOf(gaps, opts.n);
    weakest.indicators = weakIndicatorsOf(
      data,
      opts.indicators ?? NO_INDICATORS,
      h.index,
      componentYear,
      gaps.province,
      weakest.rows.map((r) => r.code),
    );
  }
  const shown = window === null ? [] : h.years.filter((x) => x.year >= window.from && x.year <= window.to);
  const focal = compositeYear === undefined ? undefined : departmentFor(mapping.assignments, h.index, def.compositeCode, opts.asOf ?? compositeYear);
  return {
    index: h.index,
    rankKind: def.rankKind,
    compositeYear: compositeYear ?? null,
    componentYear: componentYear ?? null,
    province: unitOf(compositeYear) ?? unitOf(componentYear) ?? null,
    reason: indexReason(data, h.index, opts, compositeYear, componentYear),
    standing: standing && (hasData(standing) || opts.year !== undefined) ? standing : null,
    focal: focal ? departmentRef(focal) : null,
    history: shown,
    breaks: shown.length < 2 ? [] : breaksBetween(data.defs.periods, h.index, shown[0]!.year, shown[shown.length - 1]!.year),
    weakest,
    fragility: compositeYear === undefined || !unitOf(compositeYear) ? null : yearFragility(data, h.index, compositeYear, unitOf(compositeYear)!),
  };
}

/** Coverage of the index-years an index section uses, each with what it is used for. */
function coverageSection(data: Dataset, series: Province[], y: IndexYears): ReportCoverage[] {
  const { h, compositeYear, componentYear } = y;
  const own = [...new Set([compositeYear, componentYear])].filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  return own.flatMap((year) => {
    if (!data.table(h.index, year)) return [];
    const cv = coverageOf(
      data,
      h.index,
      year,
      series,
      h.years.find((x) => x.year === year),
    );
    // Components count as used only where the province has some (SIPAS has none: its sections say so).
    cv.usedFor = [
      ...(year === compositeYear ? ['composite' as const] : []),
      ...(year === componentYear && cv.provinceComponents > 0 ? ['components' as const] : []),
    ];
    if (cv.usedFor.length === 0) cv.usedFor = ['composite'];
    return [cv];
  });
}

/** The weakest components of one index-year, as `chiso weakest` orders them (by percentile rank). */
function weakestOf(gaps: IndexGaps, n: number): ReportWeakest {
  const base = { year: gaps.year, previousYear: gaps.previousYear };
  if (gaps.components.every((g) => g.score === null)) {
    return {
      ...base,
      by: 'rank',
      fellBack: false,
      fallbackReason: null,
      rows: [],
      unranked: [],
      reason: { code: 'no-component-data', index: gaps.index },
      indicators: [],
    };
  }
  const pick = pickWeakest(gaps, 'rank', n);
  const rows = pick.rows.map((gap, i) => ({ ...gap, position: i + 1 }));
  return { ...base, by: pick.by, fellBack: pick.fellBack, fallbackReason: pick.fallbackReason, rows, unranked: pick.unranked, reason: null, indicators: [] };
}

/** Why an index has nothing for the province (null when it has something). */
function indexReason(
  data: Dataset,
  index: string,
  opts: ReportOptions,
  compositeYear: number | undefined,
  componentYear: number | undefined,
): ReportReason | null {
  if (opts.year !== undefined) return rowIn(data, index, opts.series, opts.year) ? null : { code: 'no-data', index, year: opts.year };
  return compositeYear === undefined && componentYear === undefined ? { code: 'not-in-data', index, years: data.years(index) } : null;
}

/** The former members of a merged unit in the window, and the unit's first ranks against theirs. */
function mergerSection(
  data: Dataset,
  series: Province[],
  history: ReturnType<typeof rankHistory>,
  window: ReportResult['window'],
): Pick<ReportResult, 'predecessors' | 'mergers'> {
  if (window === null) return { predecessors: [], mergers: [] };
  const m = mergerHistories(data, series, history, window.from, window.to);
  return { predecessors: m.predecessors, mergers: m.mergers.filter((x) => x.members.length > 0) };
}
