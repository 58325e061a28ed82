import type { DepartmentGap } from '../analysis/index-gaps.js';
import type { StandingChange } from '../analysis/change.js';
import type { IndicatorGap } from '../analysis/indicator-gaps.js';
import type { Standing } from '../analysis/standing.js';
import { DATA_COLUMNS } from '../i18n/data-columns.js';
import type { View } from '../i18n/view.js';
import type { Definitions } from '../model/definitions.js';
import { col, num, rankValues, type DataColumn, type DataValue } from './data-table.js';
import { measureName, provinceName } from './format.js';

/**
 * Columns from a compact spec, labelled from the shared dictionary: `"score:n"` is a number,
 * `"rank:i"` a whole number, a bare code text. One dictionary, so a code means the same everywhere.
 */
export function columns(view: View, spec: string): DataColumn[] {
  const labels = view.pick(DATA_COLUMNS) as Record<string, string>;
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => {
      const [code, t] = s.split(':') as [string, string | undefined];
      const [, pre, base] = /^(from_|to_|after_|plan_)?(.*)$/.exec(code)!;
      const label = labels[code] ?? (pre && labels[base!] ? `${labels[base!]} (${labels[`prefix_${pre.slice(0, -1)}`]})` : code);
      return col(code, label, t === 'n' ? 'number' : t === 'i' ? 'integer' : 'text');
    });
}

/** A column spec with every code prefixed (`from_` + `score:n` → `from_score:n`). */
export function prefixed(spec: string, prefix: string): string {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => prefix + s)
    .join(' ');
}

/** `province_code province`: the code, and the name in the output language. */
export const PROVINCE_COLUMNS = 'province_code province';
/** The code and the name of a province. */
export function provinceCells(defs: Definitions, code: string, view: View): DataValue[] {
  return [code, provinceName(defs, code, view)];
}

/** Where a province stands on a measure. */
export const STANDING_COLUMNS = 'score:n score_origin rank:i rank_of:i percentile:n rank_origin';
/** The cells of STANDING_COLUMNS. */
export function standingCells(s: Standing | null | undefined): DataValue[] {
  return [num(s?.score), s?.scoreOrigin ?? null, ...rankValues(s?.rank), num(s?.rank?.percentile), s?.rank?.origin ?? null];
}

/** How a standing moved between two years. */
export const CHANGE_COLUMNS = 'previous_year:i score_change:n rank_change:i percentile_change:n change_flags';
/** The cells of CHANGE_COLUMNS. */
export function changeCells(c: StandingChange | null | undefined): DataValue[] {
  return [c?.fromYear ?? null, num(c?.scoreDelta), num(c?.places), num(c?.percentileDelta), c && c.flags.length > 0 ? c.flags.join(' ') : null];
}

/** One measure of a province against a benchmark, with its change and the department that owns it. */
export const GAP_COLUMNS =
  'component component_name kind parent max:n weight:n score:n rank:i rank_of:i percentile:n benchmark:n benchmark_n:i benchmark_of:i ' +
  'gap:n gap_share:n points_per_unit:n weighted_gap:n previous_year:i previous_score:n score_change:n previous_rank:i previous_rank_of:i rank_change:i ' +
  'breaks lead_department coordinating department_basis';
/** The cells of GAP_COLUMNS for a gap of `index` in `year`. */
export function gapCells(defs: Definitions, index: string, year: number, g: DepartmentGap, view: View): DataValue[] {
  const ch = g.change;
  return [
    g.code,
    g.kind === 'composite' ? (defs.indices.get(index)?.shortName ?? index) : measureName(defs, index, year, g.code, view),
    g.kind,
    g.parent,
    num(g.max),
    num(g.weight),
    num(g.score),
    ...rankValues(g.rank),
    num(g.rank?.percentile),
    num(g.benchmark.value),
    g.benchmark.n,
    g.benchmark.of,
    num(g.gap),
    num(g.gapShare),
    num(g.pointsPerUnit),
    num(g.weightedGap),
    ch?.fromYear ?? null,
    num(ch?.from),
    num(ch?.delta),
    ...rankValues(ch?.rankFrom),
    num(ch?.places),
    ch && ch.breaks.length > 0 ? 'methodology-break' : null,
    g.departments ? g.departments.lead.join('; ') : null,
    g.departments && g.departments.coordinating.length > 0 ? g.departments.coordinating.join('; ') : null,
    g.departments?.basis ?? null,
  ];
}

/** The benchmark as one word: `median`, `best`, `rank:10`, `province:da-nang`. */
export function benchmarkCode(b: { kind: string; province?: string; rank?: number } | null): string | null {
  if (!b) return null;
  return b.kind === 'province' ? `province:${b.province}` : b.kind === 'rank' ? `rank:${b.rank}` : b.kind;
}

/** One indicator below a component against the median and the best. */
export const INDICATOR_COLUMNS = 'indicator indicator_name unit direction value:n rank:i rank_of:i percentile:n median:n gap:n best:n best_provinces';
/** The cells of INDICATOR_COLUMNS. */
export function indicatorCells(i: IndicatorGap, view: View): DataValue[] {
  return [
    i.code,
    view.lang === 'vi' ? i.nameVi : i.nameEn || i.nameVi,
    i.unit,
    i.direction,
    num(i.value),
    ...rankValues(i.rank),
    num(i.rank?.percentile),
    num(i.median),
    num(i.gap),
    num(i.best?.value),
    i.best ? i.best.provinces.join(' ') : null,
  ];
}
