import type { MethodologyBreak } from '../../analysis/breaks.js';
import { breaksBetween } from '../../analysis/breaks.js';
import type { ChangeFlag } from '../../analysis/change.js';
import { departmentFor, type DepartmentRef } from '../../analysis/departments.js';
import type { NaReason } from '../../analysis/na.js';
import { rankHistory, type HistoryYear } from '../../analysis/rank-history.js';
import { MIN_COVERAGE, type RankInfo } from '../../analysis/ranking.js';
import { hasData } from '../../analysis/standing.js';
import type { TriageClass } from '../../analysis/triage.js';
import type { WeakestBy } from '../../analysis/weakest.js';
import { findTable } from '../../model/dataset.js';
import type { Basis } from '../../model/departments.js';
import type { RankKind } from '../../model/types.js';
import { reportDoc } from './view.js';
import { indexYearGaps, type DepartmentGap, type GapsResult } from '../gaps/run.js';
import type { Output } from '../output.js';
import { caveatsOf, componentYearOf, coverageOf, indexReason, openProvinceData, refOf, triageOf, unitCode, weakestOf } from './sections.js';

/** Years of rank history the report shows (summary lines, chart, breaks): a five-year plan period. */
export const HISTORY_SPAN = 5;

export interface ReportOptions {
  dataDir: string;
  province: string;
  /** Default: per index, the latest year with data for the province. */
  year?: number;
  /** Weakest components listed per index. */
  n: number;
  /** `--departments FILE`; default: the data folder's departments.csv, else the bundled one. */
  departments?: string;
}

/**
 * Why the report has nothing for an index or cannot compare a measure: a reason shared with gaps
 * (NaReason), or one of the report's own: the province is in none of the index's files
 * (`not-in-data`), the name denotes another provincial unit than the year before (`unit-changed`),
 * there is no earlier year with data for the province (`no-earlier-data`).
 */
export type ReportReason =
  | NaReason
  | { code: 'not-in-data'; index: string; years: number[] }
  | { code: 'unit-changed'; from: string; to: string }
  | { code: 'no-earlier-data' };

/** How complete one index-year is, and what the province has in it. */
export interface ReportCoverage {
  index: string;
  year: number;
  /** What the report takes from this year: the composite (score and rank), the components, or both. */
  usedFor: ('composite' | 'components')[];
  file: string;
  /** Provincial units that existed in the year. */
  expected: number;
  /** Provinces with a composite (published or computed by the period's rule), with a published rank, with any component value. */
  withComposite: number;
  withRank: number;
  withComponents: number;
  /** Main components of the year's methodology, and how many of them the province has a value for. */
  components: number;
  provinceComponents: number;
  provinceComposite: 'published' | 'computed' | null;
  provinceRank: 'published' | 'computed' | null;
  /** Whether statistics over provinces (computed ranks, medians) can be drawn: composite, and at least one component. */
  compositeStats: boolean;
  componentStats: boolean;
  /** Source ids of the province's row. */
  sources: string[];
}

/** One of the weakest components, with its place in the list. */
export type ReportWeakRow = DepartmentGap & { position: number };

/** The weakest components of one index-year (as `chiso weakest`, ordered by percentile rank). */
export interface ReportWeakest {
  year: number;
  previousYear: number | null;
  /** The order used: `rank`, or `score` when no component could be ranked. */
  by: WeakestBy;
  fellBack: boolean;
  fallbackReason: NaReason | null;
  rows: ReportWeakRow[];
  /** Components with a score that the order could not place. */
  unranked: { code: string; reason: NaReason | null }[];
  /** Why there are no rows (no component values for the province). */
  reason: NaReason | null;
}

/** One index in the report. */
export interface ReportIndex {
  index: string;
  rankKind: RankKind;
  /** Year of the composite shown: the latest with a score or rank for the province (or --year); null with `reason`. */
  compositeYear: number | null;
  /** Year of the components shown: the latest with component values, else with any row (or --year); null with `reason`. */
  componentYear: number | null;
  /** The provincial unit the name denotes in the composite (else component) year. */
  province: string | null;
  /** Why the index has nothing for the province. */
  reason: ReportReason | null;
  /** The composite in compositeYear, with its change since the previous year with data; null when there is none. */
  standing: HistoryYear | null;
  /** The overall focal point for the index in compositeYear. */
  focal: DepartmentRef | null;
  /** Composite score and rank per year within the window (years the province is missing from say so). */
  history: HistoryYear[];
  /** Methodology changes within the window. */
  breaks: MethodologyBreak[];
  weakest: ReportWeakest | null;
}

/** One measure in a triage list: how it moved, what decided the list, and who leads it. */
export interface TriageItem {
  index: string;
  /** Component code, or the index's composite code. */
  code: string;
  kind: 'composite' | 'component';
  fromYear: number;
  year: number;
  from: number | null;
  score: number | null;
  scoreDelta: number | null;
  rankFrom: RankInfo | null;
  rank: RankInfo | null;
  /** Places gained (+) or lost (−); null without a rank in both years. */
  places: number | null;
  /** Whether the rank or (without ranks) the score decided the list. */
  by: TriageClass['by'];
  /** What makes the comparison unsafe (methodology break, different N) or notable (score ↑ rank ↓). */
  flags: ChangeFlag[];
  departments: DepartmentRef | null;
}

/** A measure left out of the triage lists, and why. */
export interface NotCompared {
  index: string;
  code: string;
  kind: 'composite' | 'component';
  year: number;
  reason: ReportReason;
}

/** The triage lists in the provincial plans' own terms; every compared measure is in exactly one. */
export interface ReportTriage {
  /** "Cần tập trung khắc phục": rank down (score not up), or score down where there is no rank. */
  fell: TriageItem[];
  /** "Duy trì và nâng cao": rank up or held, or score up or held where there is no rank. */
  roseOrHeld: TriageItem[];
  /** "Điểm tăng nhưng hạng giảm". */
  scoreUpRankDown: TriageItem[];
  notCompared: NotCompared[];
}

/** What a reader must bear in mind, each with the data it rests on. */
export type Caveat =
  | { code: 'missing-years'; index: string; years: { year: number; reason: MissingReason }[] }
  | { code: 'methodology-break'; index: string; year: number; changeVi: string | null; changeEn: string | null }
  | { code: 'reported-ranks'; index: string }
  | { code: 'computed-ranks'; index: string; years: number[] }
  | { code: 'computed-component-ranks'; index: string; year: number }
  | { code: 'computed-scores'; index: string; years: number[] }
  | { code: 'coverage'; index: string; year: number; measure: 'composite' | 'components'; have: number; of: number; minShare: number }
  | { code: 'departments'; file: string; shown: number; byBasis: Record<Basis, number> }
  | { code: 'merger'; unit: string; lastYear: number; successor: string; successorFrom: number | null; members: string[] };

/**
 * Why a year of the window has no composite score or rank for the province: no file for the index
 * that year, the province is not in the file, or its row has only component values (or nothing).
 */
export type MissingReason = 'no-file' | 'not-in-file' | 'components-only' | 'no-composite';

/** `chiso report --format json`. */
export interface ReportResult {
  /** Codes of the provincial units the name denotes over time, oldest first. */
  units: string[];
  /** --year, or null (latest year per index). */
  year: number | null;
  /** The latest year the report rests on ("số liệu đến năm …"); null when no index has data. */
  dataYear: number | null;
  /** Years of rank history shown (summary lines, chart, breaks); null when no index has data. */
  window: { from: number; to: number } | null;
  n: number;
  minCoverage: number;
  departmentsFile: string;
  coverage: ReportCoverage[];
  indices: ReportIndex[];
  triage: ReportTriage;
  caveats: Caveat[];
}

/** The province report: coverage, cross-index summary, weakest components, triage lists, rank chart, caveats. */
export function runReport(opts: ReportOptions): Output<ReportResult> {
  const { data, defs, series, mapping, source } = openProvinceData(opts);
  const indexIds = [...defs.indices.keys()];
  const history = rankHistory(data, opts.province, indexIds, undefined, opts.year);

  // Years first: the window of history depends on the latest year of every index.
  const years = history.indices.map((h) => {
    const compositeYear = opts.year ?? [...h.years].reverse().find(hasData)?.year;
    const componentYear = opts.year ?? componentYearOf(data, source, h.index, opts.province);
    return { h, compositeYear, componentYear };
  });
  const used = years.flatMap((y) => [y.compositeYear, y.componentYear]).filter((y): y is number => y !== undefined);
  const dataYear = opts.year ?? (used.length > 0 ? Math.max(...used) : null);
  const window = dataYear === null ? null : { from: dataYear - HISTORY_SPAN + 1, to: dataYear };

  const indices: ReportIndex[] = [];
  const coverage: ReportCoverage[] = [];
  const gapsOf = new Map<string, GapsResult>();
  for (const { h, compositeYear, componentYear } of years) {
    const def = defs.indices.get(h.index)!;
    const standing = compositeYear === undefined ? null : h.years.find((y) => y.year === compositeYear) ?? null;
    const unitIn = (year: number | undefined) => (year === undefined ? undefined : unitCode(defs, opts.province, year));
    const province = unitIn(compositeYear) ?? unitIn(componentYear) ?? null;

    let weakest: ReportWeakest | null = null;
    const unit = unitIn(componentYear);
    if (componentYear !== undefined && unit && source.table(h.index, componentYear)?.rows.some((r) => r.province === unit)) {
      const gaps = indexYearGaps(source, defs, mapping, { index: h.index, year: componentYear, province: opts.province, benchmark: { kind: 'median' } });
      gapsOf.set(h.index, gaps);
      weakest = weakestOf(gaps, opts.n);
    }

    const reason = indexReason(data, h.index, opts.province, opts.year, compositeYear, componentYear);
    const shown = window === null ? [] : h.years.filter((y) => y.year >= window.from && y.year <= window.to);
    indices.push({
      index: h.index,
      rankKind: def.rankKind,
      compositeYear: compositeYear ?? null,
      componentYear: componentYear ?? null,
      province,
      reason,
      standing: standing && (hasData(standing) || opts.year !== undefined) ? standing : null,
      focal: compositeYear === undefined ? null : refOf(departmentFor(mapping.assignments, h.index, def.compositeCode, compositeYear)),
      history: shown,
      breaks: shown.length < 2 ? [] : breaksBetween(defs.periods, h.index, shown[0]!.year, shown[shown.length - 1]!.year),
      weakest,
    });

    const own = [...new Set([compositeYear, componentYear])].filter((y): y is number => y !== undefined).sort((a, b) => a - b);
    for (const year of own) {
      if (!findTable(data, h.index, year)) continue;
      const cv = coverageOf(data, h.index, year, opts.province, h.years.find((y) => y.year === year));
      // Components count as used only where the province has some (SIPAS has none: its sections say so).
      cv.usedFor = [...(year === compositeYear ? ['composite' as const] : []), ...(year === componentYear && cv.provinceComponents > 0 ? ['components' as const] : [])];
      if (cv.usedFor.length === 0) cv.usedFor = ['composite'];
      coverage.push(cv);
    }
  }

  const triage = triageOf(indices, gapsOf, data, history.indices.map((h) => h.years));
  const result: ReportResult = {
    units: history.units,
    year: opts.year ?? null,
    dataYear,
    window,
    n: opts.n,
    minCoverage: MIN_COVERAGE,
    departmentsFile: mapping.file,
    coverage,
    indices,
    triage,
    caveats: caveatsOf(data, mapping, opts.province, series.map((u) => u.code), window, indices, coverage, triage, gapsOf),
  };
  return { result, doc: (view) => reportDoc(result, defs, view) };
}
