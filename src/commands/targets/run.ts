import { judgeTarget, unjudged, type TargetJudgement } from '../../analysis/targets-check.js';
import { unitIn } from '../../analysis/scope.js';
import { standingOf, standingsOf, type Measure, type StandingTable } from '../../analysis/standing.js';
import { expectedUnits, type Dataset } from '../../model/dataset.js';
import { periodFor } from '../../model/definitions.js';
import { provinceSeries } from '../../model/province-series.js';
import type { Target, TargetsFile } from '../../model/targets.js';
import type { Province } from '../../model/types.js';
import type { TargetCheck, TargetsResult } from './result.js';

export interface TargetsOptions {
  /** Only the rows of this year. */
  year?: number;
  /** The province of rows that name none. */
  province: string;
}

/** Actual against target for every row of a targets file. */
export function runTargets(data: Dataset, file: TargetsFile, opts: TargetsOptions): TargetsResult {
  const standings = new Map<string, StandingTable>();
  const seriesOf = new Map<string, Province[]>();
  const rows = file.targets.filter((t) => opts.year === undefined || t.year === opts.year);
  const checks = rows.map((t): TargetCheck => {
    const name = t.province ?? opts.province;
    const series = seriesOf.get(name) ?? provinceSeries(data.defs, name);
    seriesOf.set(name, series);
    const unit = unitIn(series, t.year);
    const base = { line: t.line, index: t.index, measure: t.measure, year: t.year, kind: t.kind, target: t.value, province: unit?.code ?? null, provinceName: unit?.nameVi ?? series[0]!.nameVi, department: t.department ?? null, note: t.note ?? null };
    return { ...base, ...judge(data, t, unit, standings) };
  });
  const count = (s: TargetCheck['status']) => checks.filter((c) => c.status === s).length;
  return { file: file.file, year: opts.year ?? null, checks, counts: { met: count('met'), missed: count('missed'), notPublished: count('not-published'), notComparable: count('not-comparable') } };
}

function judge(data: Dataset, t: Target, unit: Province | undefined, cache: Map<string, StandingTable>): TargetJudgement {
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
