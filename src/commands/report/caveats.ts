import type { MethodologyBreak } from '../../analysis/breaks.js';
import { MIN_COVERAGE } from '../../analysis/coverage.js';
import type { DepartmentRef } from '../../analysis/departments.js';
import type { IndexGaps } from '../../analysis/index-gaps.js';
import { unitIn } from '../../analysis/scope.js';
import { hasData } from '../../analysis/standing.js';
import type { Dataset } from '../../model/dataset.js';
import type { Basis, DepartmentMapping } from '../../model/departments.js';
import type { Province } from '../../model/types.js';
import type { Caveat, MissingReason, ReportResult } from './result.js';

/** What the caveats are drawn from: the report's own sections, and the gaps behind its components. */
export type CaveatInput = Pick<ReportResult, 'window' | 'indices' | 'coverage' | 'triage'> & { gapsOf: Map<string, IndexGaps> };

/** What a reader must bear in mind, each with the data it rests on, in the order the report lists them. */
export function caveatsOf(data: Dataset, mapping: DepartmentMapping, series: Province[], input: CaveatInput): Caveat[] {
  const { window, indices, coverage, triage, gapsOf } = input;
  const defs = data.defs;
  const out: Caveat[] = [];
  if (window) {
    for (const ix of indices) {
      const first = data.years(ix.index)[0];
      if (first === undefined) continue;
      const missing: { year: number; reason: MissingReason }[] = [];
      for (let year = Math.max(window.from, first); year <= window.to; year++) {
        const table = data.table(ix.index, year);
        const unit = unitIn(series, year)?.code;
        const row = unit ? table?.rows.find((r) => r.province === unit) : undefined;
        const shown = ix.history.find((y) => y.year === year);
        if (!table) missing.push({ year, reason: 'no-file' });
        else if (!row) missing.push({ year, reason: 'not-in-file' });
        else if (!shown || !hasData(shown)) missing.push({ year, reason: Object.keys(row.values).length > 0 ? 'components-only' : 'no-composite' });
      }
      if (missing.length > 0) out.push({ code: 'missing-years', index: ix.index, years: missing });
    }
    // The breaks the numbers shown cross: within the rank history shown, and in the comparisons with the previous year.
    for (const ix of indices) {
      const crossed = new Map<number, MethodologyBreak>();
      for (const b of ix.breaks) crossed.set(b.year, b);
      for (const b of ix.standing?.change?.breaks ?? []) crossed.set(b.year, b);
      for (const g of gapsOf.get(ix.index)?.components ?? []) for (const b of g.change?.breaks ?? []) if (g.score !== null) crossed.set(b.year, b);
      for (const b of [...crossed.values()].sort((x, y) => x.year - y.year)) {
        out.push({ code: 'methodology-break', index: ix.index, year: b.year, changeVi: b.changeVi ?? null, changeEn: b.changeEn ?? null });
      }
    }
  }
  for (const ix of indices) {
    const ranks = [...ix.history, ...(ix.standing ? [ix.standing] : [])];
    if (ix.rankKind === 'reported' && ranks.some((y) => y.rank?.origin === 'published')) out.push({ code: 'reported-ranks', index: ix.index });
    const computed = [...new Set(ranks.filter((y) => y.rank?.origin === 'computed').map((y) => y.year))].sort((a, b) => a - b);
    if (computed.length > 0) out.push({ code: 'computed-ranks', index: ix.index, years: computed });
    const w = ix.weakest;
    if (w && w.rows.some((r) => r.rank?.origin === 'computed')) out.push({ code: 'computed-component-ranks', index: ix.index, year: w.year });
    const scores = [...new Set(ranks.filter((y) => y.scoreOrigin === 'computed').map((y) => y.year))].sort((a, b) => a - b);
    if (scores.length > 0) out.push({ code: 'computed-scores', index: ix.index, years: scores });
  }
  for (const c of coverage) {
    if (c.usedFor.includes('composite') && !c.compositeStats)
      out.push({ code: 'coverage', index: c.index, year: c.year, measure: 'composite', have: c.withComposite, of: c.expected, minShare: MIN_COVERAGE });
    if (c.usedFor.includes('components') && c.provinceComponents > 0 && !c.componentStats)
      out.push({ code: 'coverage', index: c.index, year: c.year, measure: 'components', have: c.withComponents, of: c.expected, minShare: MIN_COVERAGE });
  }
  const refs = new Map<string, DepartmentRef>();
  const key = (index: string, code: string, d: DepartmentRef) => `${index}\u0000${code}\u0000${d.from ?? ''}`;
  for (const ix of indices) {
    const def = defs.indices.get(ix.index)!;
    if (ix.focal) refs.set(key(ix.index, def.compositeCode, ix.focal), ix.focal);
    for (const r of ix.weakest?.rows ?? []) if (r.departments) refs.set(key(ix.index, r.code, r.departments), r.departments);
  }
  for (const item of [...triage.fell, ...triage.roseOrHeld, ...triage.scoreUpRankDown])
    if (item.departments) refs.set(key(item.index, item.code, item.departments), item.departments);
  if (refs.size > 0) {
    const byBasis: Record<Basis, number> = { decision: 0, verified: 0, 'partly-verified': 0, unconfirmed: 0 };
    for (const d of refs.values()) byBasis[d.basis]++;
    out.push({ code: 'departments', file: mapping.file, shown: refs.size, byBasis });
  }
  for (const code of series.map((u) => u.code)) {
    const p = defs.provinces.byCode.get(code)!;
    if (p.lastYear === undefined || !p.successor) continue;
    const successor = defs.provinces.byCode.get(p.successor);
    const members = defs.provinces.all.filter((q) => q.successor === p.successor).map((q) => q.code);
    out.push({ code: 'merger', unit: code, lastYear: p.lastYear, successor: p.successor, successorFrom: successor?.firstYear ?? null, members });
  }
  return out;
}
