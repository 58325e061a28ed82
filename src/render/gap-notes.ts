import type { BenchmarkSpec } from '../analysis/benchmark.js';
import type { Gap } from '../analysis/gaps.js';
import type { NaFields } from '../analysis/na.js';
import { GAPS } from '../i18n/gaps.js';
import { naText } from '../i18n/reasons.js';
import type { View } from '../i18n/view.js';
import type { Definitions } from '../model/definitions.js';
import { provinceName } from './format.js';

/** Notes under gap tables: what the benchmark is, why cells are empty, which methodology breaks a change crosses. */

/** The benchmark in a sentence, with how many provinces it rests on. */
export function benchmarkText(spec: BenchmarkSpec, gaps: Gap[], defs: Definitions, view: View, province: string): string {
  const t = view.pick(GAPS);
  const b = t.benchmarks;
  switch (spec.kind) {
    case 'province':
      return b.province(provinceName(defs, spec.province, view));
    case 'rank':
      return b.rank(spec.rank);
    case 'national':
      return b.national;
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
