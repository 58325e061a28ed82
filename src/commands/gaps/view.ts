import type { BenchmarkSpec } from '../../analysis/benchmark.js';
import type { DepartmentRef } from '../../analysis/departments.js';
import type { Gap } from '../../analysis/gaps.js';
import type { NaFields } from '../../analysis/na.js';
import type { RankInfo } from '../../analysis/ranking.js';
import type { GapsResult } from './result.js';
import { COMMON } from '../../i18n/common.js';
import { BASIS_LABELS } from '../departments/labels.js';
import { GAPS, naText } from '../../i18n/gaps.js';
import type { View } from '../../i18n/view.js';
import { periodFor, type Definitions } from '../../model/definitions.js';
import type { Cell, Doc } from '../../render/doc.js';

/** Component gaps as a document: one row per component, the composite last, then the reasons for every "n/a". */
export function gapsDoc(result: GapsResult, defs: Definitions, view: View): Doc {
  const t = view.pick(GAPS);
  const index = defs.indices.get(result.index)!;
  const p = index.precision;
  const rows = [...result.components, result.composite];
  const label = (g: Gap) => measureName(defs, result.index, result.year, g.code, view);
  const notes = [
    ...naNotes(rows.map((g) => ({ name: label(g), kind: g.kind, na: g.na })), view, defs),
    ...breakNotes(rows, result.year, view),
  ];
  if (result.weightedGapSum !== null && result.composite.gap !== null) {
    notes.push(`${t.weightedSum(view.delta(result.weightedGapSum, p), view.delta(result.composite.gap, p), index.shortName)} ${t.weightedSumExplained}`);
  }
  notes.push(t.deptFile(result.departmentsFile));
  return [
    { kind: 'heading', level: 1, text: t.title(index.shortName, result.year, provinceName(defs, result.province, view)) },
    { kind: 'paragraph', text: `${t.benchmarkIs}: ${benchmarkText(result.benchmark, result.components.length > 0 ? result.components : [result.composite], defs, view, result.province)}. ${t.methodology(result.methodology.period, t.rules[result.methodology.aggregation])}.` },
    {
      kind: 'table',
      columns: [
        { label: view.pick(COMMON).component },
        { label: view.pick(COMMON).score, align: 'right' },
        { label: view.pick(COMMON).rank, align: 'right' },
        { label: benchmarkShort(result.benchmark, defs, view), align: 'right' },
        { label: t.gap, align: 'right' },
        { label: t.gapShare, align: 'right' },
        { label: t.weighted(index.shortName), align: 'right' },
        { label: result.previousYear === null ? t.changeNone : t.change(result.previousYear), align: 'right' },
        { label: t.lead },
      ],
      rows: rows.map((g) => {
        const strong = g.kind === 'composite';
        const cells: Cell[] = [
          label(g),
          num(g.score, p, view),
          rankText(g.rank, view),
          num(g.benchmark.value, p, view),
          signed(g.gap, p, view),
          share(g.gapShare, view),
          signed(g.weightedGap, p, view),
          changeText(g, p, view),
          leadText(g.departments, view),
        ];
        return strong ? cells.map((c) => ({ text: typeof c === 'string' ? c : c.text, tone: 'strong' as const })) : cells;
      }),
    },
    { kind: 'heading', level: 2, text: t.notes },
    { kind: 'list', items: notes },
  ];
}

/** A component's (or the composite's) name in the index's methodology of that year (else its latest name). */
export function measureName(defs: Definitions, index: string, year: number | undefined, code: string, view: View): string {
  const def = defs.indices.get(index);
  if (def && code === def.compositeCode) return view.pick(GAPS).composite(def.shortName);
  const c = (year === undefined ? undefined : periodFor(defs, index, year))?.components.find((x) => x.code === code) ?? latestComponent(defs, index, code);
  return c ? view.name(c) : code;
}

function latestComponent(defs: Definitions, index: string, code: string) {
  const periods = defs.periods.filter((p) => p.index === index).sort((a, b) => b.fromYear - a.fromYear);
  for (const p of periods) {
    const c = p.components.find((x) => x.code === code);
    if (c) return c;
  }
  return undefined;
}

/** A province's name in the view's language. */
export function provinceName(defs: Definitions, code: string, view: View): string {
  const p = defs.provinces.byCode.get(code);
  return p ? view.name(p) : code;
}

/** "27/63", or n/a. */
export function rankText(rank: RankInfo | null, view: View): string {
  return rank ? `${rank.rank}/${rank.of}` : view.pick(COMMON).notAvailable;
}

/** A number at the index's precision, or n/a. */
export function num(x: number | null, decimals: number, view: View): string {
  return x === null ? view.pick(COMMON).notAvailable : view.num(x, decimals);
}

/** A signed number ("−1,25"), or n/a. */
export function signed(x: number | null, decimals: number, view: View): string {
  return x === null ? view.pick(COMMON).notAvailable : view.delta(x, decimals);
}

/** A share as a signed percentage with one decimal ("−12,4%"), or n/a. */
export function share(x: number | null, view: View): string {
  return x === null ? view.pick(COMMON).notAvailable : `${view.delta(x * 100, 1)}%`;
}

/** The change since the previous year: "+0,52 (↑3 bậc)", with "*" across a methodology break. */
export function changeText(g: Pick<Gap, 'change'>, decimals: number, view: View): string {
  const t = view.pick(GAPS);
  const c = g.change;
  if (!c || c.delta === null) return view.pick(COMMON).notAvailable;
  const places = c.places !== null && c.places !== 0 ? ` (${t.places(c.places)})` : '';
  return `${view.delta(c.delta, decimals)}${places}${c.breaks.length > 0 ? ` ${t.breakMark}` : ''}`;
}

/** Lead department(s) with how the assignment is known: "Sở Tư pháp (xác minh ở tỉnh khác)". */
export function leadText(d: DepartmentRef | null, view: View): string {
  if (!d) return view.pick(GAPS).noDept;
  return `${d.lead.join('; ')} (${view.pick(BASIS_LABELS)[d.basis]})`;
}

/** The benchmark in a sentence, with how many provinces it rests on. */
export function benchmarkText(spec: BenchmarkSpec, gaps: Gap[], defs: Definitions, view: View, province: string): string {
  const t = view.pick(GAPS);
  const b = t.benchmarks;
  switch (spec.kind) {
    case 'province':
      return b.province(provinceName(defs, spec.province, view));
    case 'rank':
      return b.rank(spec.rank);
    case 'region': {
      const region = defs.provinces.byCode.get(province)?.region;
      const name = region ? defs.regions.get(region) : undefined;
      return `${b.region(name ? view.name(name) : '—')}${coverage(gaps, view)}`;
    }
    default:
      return `${b[spec.kind]}${coverage(gaps, view)}`;
  }
}

/** " (61/63 tỉnh có dữ liệu)" over the measures that have a benchmark pool. */
function coverage(gaps: Gap[], view: View): string {
  const pools = gaps.filter((g) => g.benchmark.of > 0);
  if (pools.length === 0) return '';
  const ns = pools.map((g) => g.benchmark.n);
  const [lo, hi] = [Math.min(...ns), Math.max(...ns)];
  return ` (${view.pick(GAPS).provincesWithData(lo === hi ? String(lo) : `${lo}–${hi}`, String(pools[0]!.benchmark.of))})`;
}

/** The benchmark as a column header. */
export function benchmarkShort(spec: BenchmarkSpec, defs: Definitions, view: View): string {
  const s = view.pick(GAPS).benchmarkShort;
  if (spec.kind === 'province') return s.province(provinceName(defs, spec.province, view));
  if (spec.kind === 'rank') return s.rank(spec.rank);
  return s[spec.kind];
}

/**
 * One note per distinct reason: which numbers are missing, for which rows (unless all), and why.
 * A row without a score reports only that: everything else follows from it.
 */
export function naNotes(rows: { name: string; kind: Gap['kind']; na: NaFields }[], view: View, defs: Definitions): string[] {
  const t = view.pick(GAPS);
  const nameOf = (code: string) => defs.indices.get(code)?.shortName ?? provinceName(defs, code, view);
  const groups = new Map<string, { fields: Set<string>; rows: Set<string> }>();
  for (const row of rows) {
    const entries = row.na.score ? [['score', row.na.score] as const] : (Object.entries(row.na) as [keyof NaFields, NonNullable<NaFields[keyof NaFields]>][]);
    for (const [field, reason] of entries) {
      const text = naText(reason, view.lang, nameOf);
      const g = groups.get(text) ?? { fields: new Set(), rows: new Set() };
      g.fields.add(t.fields[field]);
      g.rows.add(row.name);
      groups.set(text, g);
    }
  }
  const components = rows.filter((r) => r.kind !== 'composite').map((r) => r.name);
  const where = (names: Set<string>) => {
    if (names.size === rows.length) return '';
    if (names.size === components.length && components.every((n) => names.has(n))) return t.allComponents;
    return [...names].join('; ');
  };
  return [...groups].map(([reason, g]) => t.missing([...g.fields].join(', '), reason, where(g.rows)));
}

/** One note per methodology break crossed by a change since the previous year (`year` is the later one). */
export function breakNotes(gaps: Pick<Gap, 'change'>[], year: number, view: View): string[] {
  const t = view.pick(GAPS);
  const seen = new Map<string, string>();
  for (const g of gaps) {
    if (!g.change || g.change.delta === null) continue;
    for (const b of g.change.breaks) {
      const what = (view.lang === 'vi' ? b.changeVi : b.changeEn) ?? '';
      seen.set(`${g.change.fromYear}-${b.year}`, t.breakNote(g.change.fromYear, year, what));
    }
  }
  return [...seen.values()];
}
