import type { TargetsResult } from '../../analysis/targets-check.js';
import type { BenchmarkValue } from '../../analysis/benchmark.js';
import type { TopList } from '../../analysis/best-practice.js';
import type { DepartmentRef } from '../../analysis/departments.js';
import type { GapChange } from '../../analysis/gap-change.js';
import type { NaFields, NaReason, ReportReason } from '../../analysis/na.js';
import type { RankInfo } from '../../analysis/ranking.js';
import type { CompositeStanding } from '../../analysis/focal-standing.js';

import type { IndicatorGap } from '../../analysis/indicator-gaps.js';

/** One component of an index in the focal point's overview. */
export interface ComponentLine {
  code: string;
  score: number | null;
  rank: RankInfo | null;
  gapToMedian: number | null;
}

/** The year each index is reported for. */
export interface ProposalsIndex {
  index: string;
  year: number | null;
  /** The unit the province name denotes that year. */
  province: string | null;
  previousYear: number | null;
  reason: ReportReason | null;
}

/** One component (or an index's composite, for its focal point) on a department's sheet. */
export interface ProposalItem {
  index: string;
  year: number;
  /** Component code, or the index's composite code (the department is the index's overall focal point). */
  component: string;
  kind: 'composite' | 'component';
  role: 'lead' | 'coordinating';
  score: number | null;
  rank: RankInfo | null;
  median: BenchmarkValue;
  gapToMedian: number | null;
  /** The highest score (its province(s) in `best.provinces`). */
  best: BenchmarkValue;
  gapToBest: number | null;
  /** Since the previous year of the index in the data. */
  change: GapChange | null;
  bestPractice: { national: TopList; region: TopList };
  assignment: DepartmentRef;
  /** Why each null among score, rank, median, gapToMedian and change is null (as in `chiso gaps`). */
  na: NaFields;
  /** Why best is null (a null gapToBest with a best is explained by na.score). */
  naBest: NaReason | null;
  /** For the composite (the overall focal point): the latest score and the latest rank in the data. */
  standing?: CompositeStanding;
  /** For the composite: every component of the index in the year, for the focal point's overview. */
  components?: ComponentLine[];
  /** Below a component worse than the median: its weakest indicators (worse than the median) where the year has them. */
  indicators: IndicatorGap[];
}

/** One department's proposal sheet. */
export interface ProposalSheet {
  department: string;
  /** Components (and composites) it leads, and those it coordinates, in the years reported. */
  led: number;
  coordinated: number;
  items: ProposalItem[];
}

/** `chiso proposals --format json`. */
export interface ProposalsResult {
  units: string[];
  year: number | null;
  /** The department asked for with --department, as named in the mapping; null for all. */
  department: string | null;
  departmentsFile: string;
  /** The ISO day whose assignments the sheets follow (`--as-of`); null = each data year's last day. */
  asOf: string | null;
  /** Names the mapping marks as groups of bodies: never sent a sheet, named on their leads' sheets. */
  groups: string[];
  minCoverage: number;
  top: number;
  indices: ProposalsIndex[];
  /** Most components led first, then by name. */
  sheets: ProposalSheet[];
  /** With --targets FILE only: the province's targets judged against the data (prefilled on each sheet's Mục tiêu column). */
  targets?: TargetsResult;
}
