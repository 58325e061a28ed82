import { unitIn } from './scope.js';
import { standingOf, standingsOf, type Measure, type Standing, type StandingTable } from './standing.js';
import { expectedUnits, type Dataset } from '../model/dataset.js';
import { periodFor } from '../model/definitions.js';
import { provinceSeries } from '../model/province-series.js';
import type { Target, TargetKind, TargetsFile } from '../model/targets.js';
import type { Province } from '../model/types.js';
import type { RankInfo } from './ranking.js';
import { roundTo } from '../model/round-number.js';
import { denoise } from './round.js';

/** Whether a target was reached: met, missed, not yet published, or not comparable with the data. */
export type TargetStatus = 'met' | 'missed' | 'not-published' | 'not-comparable';

/**
 * Why a target is not judged: no table for the year (`no-data`), no value or rank for the province
 * (`no-value`, `no-rank`), the measure is not in that year's methodology (`method-break`), or the
 * province name denotes no unit in that year (`other-unit`, e.g. a province merged in 2025).
 */
export type TargetReason = 'no-data' | 'no-value' | 'no-rank' | 'method-break' | 'other-unit';

/** A target judged against the data. */
export interface TargetJudgement {
  status: TargetStatus;
  /** The actual score, rank or percentile the target is compared with. */
  actual: number | null;
  /** Denominator of an actual rank. */
  of: number | null;
  /** How far from the target, in the target's own unit (positive = better than the target); null when not judged. */
  margin: number | null;
  reason: TargetReason | null;
}

/** A target that cannot be judged, with why. */
export function unjudged(status: 'not-published' | 'not-comparable', reason: TargetReason): TargetJudgement {
  return { status, actual: null, of: null, margin: null, reason };
}

/**
 * Judges a target against a province's standing: a score is met when the published score (at the
 * published precision) reaches it; a rank when the place is at or above it; a percentile when the
 * place's percentile reaches it.
 */
export function judgeTarget(kind: TargetKind, value: number, standing: Standing, precision: number): TargetJudgement {
  if (kind === 'score') {
    if (standing.score === null) return unjudged('not-published', 'no-value');
    const actual = roundTo(standing.score, precision);
    const margin = denoise(actual - value);
    return { status: margin >= 0 ? 'met' : 'missed', actual, of: null, margin, reason: null };
  }
  const rank: RankInfo | null = standing.rank;
  if (!rank) return unjudged('not-published', standing.score === null ? 'no-value' : 'no-rank');
  if (kind === 'rank') {
    const margin = value - rank.rank;
    return { status: margin >= 0 ? 'met' : 'missed', actual: rank.rank, of: rank.of, margin, reason: null };
  }
  const actual = roundTo(rank.percentile * 100, 2);
  const margin = denoise(actual - value);
  return { status: margin >= 0 ? 'met' : 'missed', actual, of: rank.of, margin, reason: null };
}

/** One row of the targets file, judged. */
export interface TargetCheck extends TargetJudgement {
  line: number;
  index: string;
  measure: string;
  year: number;
  kind: TargetKind;
  target: number;
  /** Province code the row was judged for (null when the name denotes no unit that year). */
  province: string | null;
  provinceName: string;
  department: string | null;
  note: string | null;
}

/** The `--format json` contract of `chiso targets` (exit 4 when any target is missed). */
export interface TargetsResult {
  file: string;
  year: number | null;
  checks: TargetCheck[];
  counts: { met: number; missed: number; notPublished: number; notComparable: number };
}

/** How the targets of a file are checked. */
export interface TargetsOptions {
  /** Only the rows of this year. */
  year?: number;
  /** The province of rows that name none. */
  province: string;
}

/** Actual against target for every row of a targets file (near-linear: one standings table per index-year-measure). */
export function checkTargets(data: Dataset, file: TargetsFile, opts: TargetsOptions): TargetsResult {
  const standings = new Map<string, StandingTable>();
  const seriesOf = new Map<string, Province[]>();
  const rows = file.targets.filter((t) => opts.year === undefined || t.year === opts.year);
  const checks = rows.map((t): TargetCheck => {
    const name = t.province ?? opts.province;
    const series = seriesOf.get(name) ?? provinceSeries(data.defs, name);
    seriesOf.set(name, series);
    const unit = unitIn(series, t.year);
    const base = {
      line: t.line,
      index: t.index,
      measure: t.measure,
      year: t.year,
      kind: t.kind,
      target: t.value,
      province: unit?.code ?? null,
      provinceName: unit?.nameVi ?? series[0]!.nameVi,
      department: t.department ?? null,
      note: t.note ?? null,
    };
    return { ...base, ...judgeRow(data, t, unit, standings) };
  });
  const count = (s: TargetCheck['status']) => checks.filter((c) => c.status === s).length;
  return {
    file: file.file,
    year: opts.year ?? null,
    checks,
    counts: { met: count('met'), missed: count('missed'), notPublished: count('not-published'), notComparable: count('not-comparable') },
  };
}

function judgeRow(data: Dataset, t: Target, unit: Province | undefined, cache: Map<string, StandingTable>): TargetJudgement {
  if (!unit) return unjudged('not-comparable', 'other-unit');
  const table = data.table(t.index, t.year);
  const period = periodFor(data.defs, t.index, t.year);
  if (!table || !period) return unjudged('not-published', 'no-data');
  const index = data.defs.indices.get(t.index)!;
  const composite = t.measure === index.compositeCode;
  if (!composite && !period.components.some((c) => c.code === t.measure && c.kind === 'component')) return unjudged('not-comparable', 'method-break');
  const measure: Measure = composite ? { kind: 'composite' } : { kind: 'component', code: t.measure };
  const key = `${t.index}/${t.year}/${t.measure}`;
  const st = cache.get(key) ?? standingsOf(table, period, expectedUnits(data.defs, t.year), measure);
  cache.set(key, st);
  return judgeTarget(t.kind, t.value, standingOf(st, unit.code), index.precision);
}

/** The rows of a targets file about a province: those naming it (any of its units over time) or naming none. */
export function targetsOfProvince(file: TargetsFile, defs: Dataset['defs'], series: Province[]): TargetsFile {
  const codes = new Set(series.map((u) => u.code));
  const about = (t: Target) => t.province === undefined || provinceSeries(defs, t.province).some((u) => codes.has(u.code));
  return { ...file, targets: file.targets.filter(about) };
}
