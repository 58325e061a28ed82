import type { MethodologyBreak } from '../../analysis/breaks.js';
import type { ChangeFlag } from '../../analysis/change.js';
import { compositeOf, mainComponents } from '../../analysis/composite.js';
import { departmentRef, type DepartmentRef } from '../../analysis/departments.js';
import type { HistoryYear } from '../../analysis/rank-history.js';
import { coverageSuffices, MIN_COVERAGE } from '../../analysis/ranking.js';
import { hasData } from '../../analysis/standing.js';
import { classifyMovement, scoreDirection, type Movement } from '../../analysis/triage.js';
import { UsageError } from '../../model/errors.js';
import { openDataset } from '../../load/dataset.js';
import { expectedUnits, findTable, yearsOf, type Dataset } from '../../model/dataset.js';
import { requireDepartments } from '../../load/departments.js';
import { provinceSeries } from '../../model/province-series.js';
import { periodFor, type Definitions } from '../../model/definitions.js';
import type { Basis, DepartmentMapping } from '../../model/departments.js';
import { datasetSource, type TableSource } from '../../model/dataset.js';
import { defaultYear, type GapsResult } from '../gaps/run.js';
import { pickWeakest } from '../weakest/run.js';
import type { Caveat, MissingReason, ReportCoverage, ReportIndex, ReportReason, ReportResult, ReportTriage, ReportWeakest, TriageItem } from './run.js';

/** What a report-like command reads once: the data (up to `year`), the province's units, the department mapping. */
export function openProvinceData(opts: { dataDir: string; province: string; year?: number; departments?: string }) {
  const data = openDataset(opts.dataDir, opts.year === undefined ? {} : { years: (y) => y <= opts.year! });
  const series = provinceSeries(data.defs, opts.province);
  const mapping = requireDepartments(opts.dataDir, opts.departments, data.defs);
  if (opts.year !== undefined && ![...data.defs.indices.keys()].some((i) => findTable(data, i, opts.year!))) {
    throw new UsageError(`no index has data for ${opts.year}`, 'see chiso datasets for the years of each index');
  }
  return { data, defs: data.defs, series, mapping, source: datasetSource(data) };
}

/**
 * The component year of an index for a province: the latest year with component values, else with
 * any row (defaultYear); undefined when the province is in none of the index's files.
 */
export function componentYearOf(data: Dataset, source: TableSource, index: string, province: string): number | undefined {
  const year = defaultYear(source, data.defs, index, province);
  if (year === undefined) return undefined;
  const unit = unitCode(data.defs, province, year);
  return unit && findTable(data, index, year)?.rows.some((r) => r.province === unit) ? year : undefined;
}

/** Code of the unit a name denotes in a year, if it was a provincial unit then. */
export function unitCode(defs: Definitions, name: string, year: number): string | undefined {
  const p = defs.provinces.resolve(name, year);
  return p?.kind === 'unit' ? p.code : undefined;
}

export function refOf(a: Parameters<typeof departmentRef>[0] | undefined): DepartmentRef | null {
  return a ? departmentRef(a) : null;
}

/** Why an index has nothing for the province (null when it has something). */
export function indexReason(data: Dataset, index: string, province: string, year: number | undefined, compositeYear: number | undefined, componentYear: number | undefined): ReportReason | null {
  if (year !== undefined) {
    const unit = unitCode(data.defs, province, year);
    const row = unit ? findTable(data, index, year)?.rows.find((r) => r.province === unit) : undefined;
    return row ? null : { code: 'no-data', index, year };
  }
  return compositeYear === undefined && componentYear === undefined ? { code: 'not-in-data', index, years: yearsOf(data, index) } : null;
}

export function weakestOf(gaps: GapsResult, n: number): ReportWeakest {
  const base = { year: gaps.year, previousYear: gaps.previousYear };
  if (gaps.components.every((g) => g.score === null)) {
    return { ...base, by: 'rank', fellBack: false, fallbackReason: null, rows: [], unranked: [], reason: { code: 'no-component-data', index: gaps.index } };
  }
  const pick = pickWeakest(gaps, 'rank', n);
  const rows = pick.rows.map((gap, i) => ({ ...gap, position: i + 1 }));
  return { ...base, by: pick.by, fellBack: pick.fellBack, fallbackReason: pick.fallbackReason, rows, unranked: pick.unranked, reason: null };
}

export function coverageOf(data: Dataset, index: string, year: number, province: string, standing: HistoryYear | undefined): ReportCoverage {
  const table = findTable(data, index, year)!;
  const period = periodFor(data.defs, index, year)!;
  const parts = mainComponents(period);
  const expected = expectedUnits(data.defs, year);
  const unit = unitCode(data.defs, province, year);
  const row = table.rows.find((r) => r.province === unit);
  const perComponent = parts.map((c) => table.rows.filter((r) => r.values[c.code] !== undefined).length);
  const composite = row ? compositeOf(row, period) : undefined;
  return {
    index,
    year,
    usedFor: [],
    file: table.file,
    expected,
    withComposite: table.rows.filter((r) => compositeOf(r, period) !== undefined).length,
    withRank: table.rows.filter((r) => r.rank !== undefined).length,
    withComponents: table.rows.filter((r) => parts.some((c) => r.values[c.code] !== undefined)).length,
    components: parts.length,
    provinceComponents: row ? parts.filter((c) => row.values[c.code] !== undefined).length : 0,
    provinceComposite: composite?.origin ?? null,
    provinceRank: standing?.rank?.origin ?? null,
    compositeStats: coverageSuffices(table.rows.filter((r) => compositeOf(r, period) !== undefined).length, expected),
    componentStats: perComponent.some((n) => coverageSuffices(n, expected)),
    sources: row?.sources ?? [],
  };
}

/** Sorts the composites and the components of the years shown into the three lists. */
export function triageOf(indices: ReportIndex[], gapsOf: Map<string, GapsResult>, data: Dataset, histories: HistoryYear[][]): ReportTriage {
  const out: ReportTriage = { fell: [], roseOrHeld: [], scoreUpRankDown: [], notCompared: [] };
  const put = (item: TriageItem, movement: Movement) => {
    const c = classifyMovement(movement);
    if (!c) return false;
    item.by = c.by;
    (c.list === 'fell' ? out.fell : c.list === 'rose-or-held' ? out.roseOrHeld : out.scoreUpRankDown).push(item);
    return true;
  };
  indices.forEach((ix, i) => {
    const def = data.defs.indices.get(ix.index)!;
    const s = ix.standing;
    if (s && ix.compositeYear !== null && hasData(s)) {
      const ch = s.change;
      const skip = (reason: ReportReason) => out.notCompared.push({ index: ix.index, code: def.compositeCode, kind: 'composite', year: s.year, reason });
      if (!ch) skip({ code: 'no-earlier-data' });
      else if (ch.flags.includes('unit-changed')) {
        const prev = histories[i]!.find((y) => y.year === ch.fromYear);
        skip({ code: 'unit-changed', from: prev?.unit ?? '', to: s.unit });
      } else {
        const prev = histories[i]!.find((y) => y.year === ch.fromYear);
        const item: TriageItem = {
          index: ix.index, code: def.compositeCode, kind: 'composite', fromYear: ch.fromYear, year: s.year,
          from: prev?.score ?? null, score: s.score, scoreDelta: ch.scoreDelta, rankFrom: prev?.rank ?? null, rank: s.rank, places: ch.places,
          by: 'rank', flags: ch.flags, departments: ix.focal,
        };
        if (!put(item, { score: scoreDirection(ch.scoreDelta, def.precision), places: ch.places })) skip({ code: 'no-earlier-data' });
      }
    }
    const gaps = gapsOf.get(ix.index);
    if (!gaps) return;
    for (const g of gaps.components) {
      if (g.score === null) continue;
      const ch = g.change;
      const skip = (reason: ReportReason) => out.notCompared.push({ index: ix.index, code: g.code, kind: 'component', year: gaps.year, reason });
      if (!ch || (ch.delta === null && ch.places === null)) {
        skip(g.na.change ?? { code: 'no-earlier-data' });
        continue;
      }
      const flags: ChangeFlag[] = [];
      if (ch.breaks.length > 0) flags.push('methodology-break');
      if (ch.rankFrom && g.rank && ch.rankFrom.of !== g.rank.of) flags.push('denominator-changed');
      if (ch.trend === 'up' && ch.places !== null && ch.places < 0) flags.push('score-up-rank-down');
      if (ch.trend === 'down' && ch.places !== null && ch.places > 0) flags.push('score-down-rank-up');
      const item: TriageItem = {
        index: ix.index, code: g.code, kind: 'component', fromYear: ch.fromYear, year: gaps.year,
        from: ch.from, score: g.score, scoreDelta: ch.delta, rankFrom: ch.rankFrom, rank: g.rank, places: ch.places,
        by: 'rank', flags, departments: g.departments,
      };
      put(item, { score: ch.trend, places: ch.places });
    }
  });
  return out;
}

export function caveatsOf(
  data: Dataset, mapping: DepartmentMapping, province: string, units: string[], window: ReportResult['window'],
  indices: ReportIndex[], coverage: ReportCoverage[], triage: ReportTriage, gapsOf: Map<string, GapsResult>,
): Caveat[] {
  const defs = data.defs;
  const out: Caveat[] = [];
  if (window) {
    for (const ix of indices) {
      const first = yearsOf(data, ix.index)[0];
      if (first === undefined) continue;
      const missing: { year: number; reason: MissingReason }[] = [];
      for (let year = Math.max(window.from, first); year <= window.to; year++) {
        const table = findTable(data, ix.index, year);
        const unit = unitCode(defs, province, year);
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
    if (c.usedFor.includes('composite') && !c.compositeStats) out.push({ code: 'coverage', index: c.index, year: c.year, measure: 'composite', have: c.withComposite, of: c.expected, minShare: MIN_COVERAGE });
    if (c.usedFor.includes('components') && c.provinceComponents > 0 && !c.componentStats) out.push({ code: 'coverage', index: c.index, year: c.year, measure: 'components', have: c.withComponents, of: c.expected, minShare: MIN_COVERAGE });
  }
  const refs = new Map<string, DepartmentRef>();
  const key = (index: string, code: string, d: DepartmentRef) => `${index}\u0000${code}\u0000${d.from ?? ''}`;
  for (const ix of indices) {
    const def = defs.indices.get(ix.index)!;
    if (ix.focal) refs.set(key(ix.index, def.compositeCode, ix.focal), ix.focal);
    for (const r of ix.weakest?.rows ?? []) if (r.departments) refs.set(key(ix.index, r.code, r.departments), r.departments);
  }
  for (const item of [...triage.fell, ...triage.roseOrHeld, ...triage.scoreUpRankDown]) if (item.departments) refs.set(key(item.index, item.code, item.departments), item.departments);
  if (refs.size > 0) {
    const byBasis: Record<Basis, number> = { decision: 0, verified: 0, 'partly-verified': 0, unconfirmed: 0 };
    for (const d of refs.values()) byBasis[d.basis]++;
    out.push({ code: 'departments', file: mapping.file, shown: refs.size, byBasis });
  }
  for (const code of units) {
    const p = defs.provinces.byCode.get(code)!;
    if (p.lastYear === undefined || !p.successor) continue;
    const successor = defs.provinces.byCode.get(p.successor);
    const members = defs.provinces.all.filter((q) => q.successor === p.successor).map((q) => q.code);
    out.push({ code: 'merger', unit: code, lastYear: p.lastYear, successor: p.successor, successorFrom: successor?.firstYear ?? null, members });
  }
  return out;
}
