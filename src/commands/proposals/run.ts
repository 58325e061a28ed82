import type { BenchmarkContext, BenchmarkValue, Score } from '../../analysis/benchmark.js';
import { topScorers, type TopList } from '../../analysis/best-practice.js';
import { compositeOf, mainComponents } from '../../analysis/composite.js';
import { componentsOfDepartment, departmentNames, departmentRef, inForce, resolveDepartment, reportDay, type DepartmentRef } from '../../analysis/departments.js';
import type { Gap, GapChange } from '../../analysis/gaps.js';
import type { NaFields, NaReason } from '../../analysis/na.js';
import { MIN_COVERAGE, type RankInfo } from '../../analysis/ranking.js';
import { findTable, yearsOf } from '../../model/dataset.js';
import { periodFor } from '../../model/definitions.js';
import { proposalsDoc } from './view.js';
import { indexYearGaps } from '../gaps/run.js';
import type { Output } from '../output.js';
import type { ReportReason } from '../report/run.js';
import { componentYearOf, openProvinceData, unitCode } from '../report/sections.js';

/** Best-practice provinces listed per component, nationally and in the region (ties at the cut-off are kept). */
export const TOP_PROVINCES = 3;

export interface ProposalsOptions {
  dataDir: string;
  province: string;
  /** Default: per index, the latest year with data for the province. */
  year?: number;
  /** Only this department (matched as `chiso departments` matches names). */
  department?: string;
  departments?: string;
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
  minCoverage: number;
  top: number;
  indices: ProposalsIndex[];
  /** Most components led first, then by name. */
  sheets: ProposalSheet[];
}

/** One sheet per department (or one): every component it answers for, the province's standing, best practice, and room for proposals. */
export function runProposals(opts: ProposalsOptions): Output<ProposalsResult> {
  const { data, defs, series, mapping, source } = openProvinceData(opts);
  const indexIds = [...defs.indices.keys()];

  const department = opts.department === undefined ? null : resolveDepartment(mapping.assignments, opts.department);

  // One gap computation per index (against the median and against the best), shared by every sheet.
  const indices: ProposalsIndex[] = [];
  const standings = new Map<string, { median: Map<string, Gap>; best: Map<string, Gap>; top: (code: string) => ProposalItem['bestPractice'] }>();
  for (const index of indexIds) {
    const year = opts.year ?? componentYearOf(data, source, index, opts.province);
    const unit = year === undefined ? undefined : unitCode(defs, opts.province, year);
    const table = year === undefined ? undefined : findTable(data, index, year);
    if (year === undefined || !unit || !table || !table.rows.some((r) => r.province === unit)) {
      const reason: ReportReason = year === undefined ? { code: 'not-in-data', index, years: yearsOf(data, index) } : { code: 'no-data', index, year };
      indices.push({ index, year: year ?? null, province: unit ?? null, previousYear: null, reason });
      continue;
    }
    const req = { index, year, province: opts.province };
    const median = indexYearGaps(source, defs, mapping, { ...req, benchmark: { kind: 'median' } });
    const best = indexYearGaps(source, defs, mapping, { ...req, benchmark: { kind: 'best' } });
    indices.push({ index, year, province: unit, previousYear: median.previousYear, reason: null });
    const period = periodFor(defs, index, year)!;
    const ctx: BenchmarkContext = { units: defs.provinces.unitsIn(year).map((p) => ({ code: p.code, region: p.region })), province: unit };
    const compositeCode = defs.indices.get(index)!.compositeCode;
    const top = (code: string) => {
      const scores: Score[] = table.rows.flatMap((r) => {
        const v = code === compositeCode ? compositeOf(r, period)?.value : r.values[code];
        return v === undefined ? [] : [{ province: r.province, value: v }];
      });
      return { national: topScorers(scores, ctx, 'national', TOP_PROVINCES), region: topScorers(scores, ctx, 'region', TOP_PROVINCES) };
    };
    const byCode = (g: { components: Gap[]; composite: Gap }) => new Map([...g.components, g.composite].map((x) => [x.code, x]));
    standings.set(index, { median: byCode(median), best: byCode(best), top });
  }

  const measured = (index: string, code: string) => {
    const year = indices.find((i) => i.index === index)?.year;
    const period = year === null || year === undefined ? undefined : periodFor(defs, index, year);
    return code === defs.indices.get(index)!.compositeCode || (period !== undefined && mainComponents(period).some((c) => c.code === code));
  };
  const reported = indices.filter((i) => i.year !== null && standings.has(i.index));
  const sheetOf = (name: string): ProposalSheet => {
    const items: ProposalItem[] = [];
    for (const ix of reported) {
      const s = standings.get(ix.index)!;
      const own = componentsOfDepartment(mapping.assignments.filter((a) => a.index === ix.index), name, ix.year!);
      for (const { assignment: a, role } of own) {
        if (!measured(ix.index, a.component)) continue;
        const m = s.median.get(a.component)!;
        const b = s.best.get(a.component)!;
        items.push({
          index: ix.index, year: ix.year!, component: a.component, kind: m.kind === 'composite' ? 'composite' : 'component', role,
          score: m.score, rank: m.rank, median: m.benchmark, gapToMedian: m.gap, best: b.benchmark, gapToBest: b.gap, change: m.change,
          bestPractice: s.top(a.component), assignment: departmentRef(a),
          na: pick(m.na, ['score', 'rank', 'benchmark', 'gap', 'change']), naBest: b.na.benchmark ?? null,
        });
      }
    }
    // Led before coordinated; within each, the indices' order and the mapping's order.
    const order = (i: ProposalItem) => (i.role === 'lead' ? 0 : 1);
    items.sort((x, y) => order(x) - order(y) || indexIds.indexOf(x.index) - indexIds.indexOf(y.index));
    return { department: name, led: items.filter((i) => i.role === 'lead').length, coordinated: items.filter((i) => i.role === 'coordinating').length, items };
  };

  const names = department !== null
    ? [department]
    : departmentNames(mapping.assignments.filter((a) => reported.some((i) => i.index === a.index && inForce(a, reportDay(i.year!)) && measured(a.index, a.component))));
  const collator = new Intl.Collator('vi');
  const sheets = names.map(sheetOf).filter((s) => department !== null || s.items.length > 0);
  sheets.sort((a, b) => b.led - a.led || collator.compare(a.department, b.department));

  const result: ProposalsResult = {
    units: series.map((u) => u.code),
    year: opts.year ?? null,
    department,
    departmentsFile: mapping.file,
    minCoverage: MIN_COVERAGE,
    top: TOP_PROVINCES,
    indices,
    sheets,
  };
  return { result, doc: (view) => proposalsDoc(result, defs, view) };
}

function pick(na: NaFields, fields: (keyof NaFields)[]): NaFields {
  return Object.fromEntries(fields.filter((f) => na[f] !== undefined).map((f) => [f, na[f]]));
}
