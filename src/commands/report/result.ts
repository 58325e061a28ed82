import type { Fragility } from '../../analysis/fragility.js';
import type { TargetsResult } from '../../analysis/targets-check.js';
import type { MethodologyBreak } from '../../analysis/breaks.js';
import type { ReportCoverage } from '../../analysis/report-coverage.js';
import type { DepartmentRef } from '../../analysis/departments.js';
import type { DepartmentGap } from '../../analysis/index-gaps.js';
import type { NaReason, ReportReason } from '../../analysis/na.js';
import type { HistoryYear } from '../../analysis/rank-history.js';
import type { Predecessor } from '../../analysis/merger-history.js';
import type { MergerComparison } from '../../analysis/merger.js';
import type { ReportTriage } from '../../analysis/triage.js';
import type { WeakestBy } from '../../analysis/weakest.js';
import type { WeakIndicators } from '../../analysis/weak-indicators.js';
import type { Basis } from '../../model/departments.js';
import type { RankKind } from '../../model/types.js';

export type { ReportCoverage } from '../../analysis/report-coverage.js';
export type { ReportReason } from '../../analysis/na.js';
export type { NotCompared, ReportTriage, TriageItem } from '../../analysis/triage.js';

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
  /** Under each listed component, its weakest indicators (worse than the median) where the year has them. */
  indicators: WeakIndicators[];
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
  /** How fragile the composite place is in compositeYear (null when there is none or too few provinces have one). */
  fragility: Fragility | null;
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
  /** The ISO day whose department assignments are shown (`--as-of`); null = each data year's last day. */
  asOf: string | null;
  coverage: ReportCoverage[];
  indices: ReportIndex[];
  triage: ReportTriage;
  caveats: Caveat[];
  /** The province's targets judged against the data (with --targets FILE), else null. */
  targets: TargetsResult | null;
  /** The other former provinces of a merged unit, each with its own history (up to 2024) in the window. */
  predecessors: Predecessor[];
  /** Per index: the merged unit's first rank from 2025 against each member's last, by percentile. */
  mergers: MergerComparison[];
}
