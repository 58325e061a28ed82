import type { BenchmarkContext, Score } from '../../analysis/benchmark.js';
import { topScorers } from '../../analysis/best-practice.js';
import { compositeOf, mainComponents } from '../../analysis/composite.js';
import { componentsOfDepartment, dayOf, departmentNames, departmentRef, inForce, isGroup, resolveDepartment } from '../../analysis/departments.js';
import { compositeStanding } from '../../analysis/focal-standing.js';
import type { Gap } from '../../analysis/gaps.js';
import { MIN_COVERAGE } from '../../analysis/coverage.js';
import { indexYearGaps } from '../../analysis/index-gaps.js';
import type { NaFields, ReportReason } from '../../analysis/na.js';
import { componentYearWithRow, requireSomeIndexIn, unitIn } from '../../analysis/scope.js';
import type { Dataset } from '../../model/dataset.js';
import { periodFor } from '../../model/definitions.js';
import type { DepartmentMapping } from '../../model/departments.js';
import type { Province } from '../../model/types.js';
import { NO_INDICATORS, type IndicatorSet } from '../../model/indicators.js';
import { weakIndicatorsOf } from '../../analysis/weak-indicators.js';
import type { IndicatorGap } from '../../analysis/indicator-gaps.js';
import type { ComponentLine, ProposalItem, ProposalSheet, ProposalsIndex, ProposalsResult } from './result.js';

/** Best-practice provinces listed per component, nationally and in the region (ties at the cut-off are kept). */
export const TOP_PROVINCES = 3;

export interface ProposalsOptions {
  /** The province as a series of units over time. */
  series: Province[];
  /** Default: per index, the latest year with data for the province. */
  year?: number;
  /** Only this department (matched as `chiso departments` matches names). */
  department?: string;
  /** The ISO day whose department assignments apply (`--as-of`); default: each data year's last day. */
  asOf?: string;
  /** The level below the components (none: no indicator lines on the sheets). */
  indicators?: IndicatorSet;
}

/** One sheet per department (or one): every component it answers for, the province's standing, best practice, and room for proposals. */
export function runProposals(data: Dataset, mapping: DepartmentMapping, opts: ProposalsOptions): ProposalsResult {
  if (opts.year !== undefined) requireSomeIndexIn(data, opts.year);
  const { defs } = data;
  const indexIds = [...defs.indices.keys()];

  const department = opts.department === undefined ? null : resolveDepartment(mapping.assignments, opts.department);

  // One gap computation per index (against the median and against the best), shared by every sheet.
  const indices: ProposalsIndex[] = [];
  const standings = new Map<
    string,
    {
      median: Map<string, Gap>;
      best: Map<string, Gap>;
      top: (code: string) => ProposalItem['bestPractice'];
      summary: ComponentLine[];
      weak: Map<string, IndicatorGap[]>;
    }
  >();
  for (const index of indexIds) {
    const year = opts.year ?? componentYearWithRow(data, index, opts.series);
    const unit = year === undefined ? undefined : unitIn(opts.series, year)?.code;
    const table = year === undefined ? undefined : data.table(index, year);
    if (year === undefined || !unit || !table || !table.rows.some((r) => r.province === unit)) {
      const reason: ReportReason = year === undefined ? { code: 'not-in-data', index, years: data.years(index) } : { code: 'no-data', index, year };
      indices.push({ index, year: year ?? null, province: unit ?? null, previousYear: null, reason });
      continue;
    }
    const req = { index, year, series: opts.series, asOf: opts.asOf };
    const median = indexYearGaps(data, mapping, { ...req, benchmark: { kind: 'median' } });
    const best = indexYearGaps(data, mapping, { ...req, benchmark: { kind: 'best' } });
    indices.push({ index, year, province: unit, previousYear: median.previousYear, reason: null });
    const period = periodFor(defs, index, year)!;
    const ctx: BenchmarkContext = { units: defs.provinces.unitsIn(year).map((p) => ({ code: p.code, region: p.region })), province: unit };
    const compositeCode = defs.indices.get(index)!.compositeCode;
    const top = memoised((code: string) => {
      const scores: Score[] = table.rows.flatMap((r) => {
        const v = code === compositeCode ? compositeOf(r, period)?.value : r.values[code];
        return v === undefined ? [] : [{ province: r.province, value: v }];
      });
      return { national: topScorers(scores, ctx, 'national', TOP_PROVINCES), region: topScorers(scores, ctx, 'region', TOP_PROVINCES) };
    });
    const byCode = (g: { components: Gap[]; composite: Gap }) => new Map([...g.components, g.composite].map((x) => [x.code, x]));
    const summary = median.components.map((g) => ({ code: g.code, score: g.score, rank: g.rank, gapToMedian: g.gap }));
    const weakList = weakIndicatorsOf(
      data,
      opts.indicators ?? NO_INDICATORS,
      index,
      year,
      unit,
      median.components.filter((g) => g.gap !== null && g.gap < 0).map((g) => g.code),
    );
    standings.set(index, { median: byCode(median), best: byCode(best), top, summary, weak: new Map(weakList.map((w) => [w.component, w.indicators])) });
  }

  const measured = (index: string, code: string) => {
    const year = indices.find((i) => i.index === index)?.year;
    const period = year === null || year === undefined ? undefined : periodFor(defs, index, year);
    return code === defs.indices.get(index)!.compositeCode || (period !== undefined && mainComponents(period).some((c) => c.code === code));
  };
  const reported = indices.filter((i) => i.year !== null && standings.has(i.index));
  const standingOf = memoised((index: string) => compositeStanding(data, opts.series, index, opts.year));
  const sheetOf = (name: string): ProposalSheet => {
    const items: ProposalItem[] = [];
    for (const ix of reported) {
      const s = standings.get(ix.index)!;
      const own = componentsOfDepartment(
        mapping.assignments.filter((a) => a.index === ix.index),
        name,
        opts.asOf ?? ix.year!,
      );
      for (const { assignment: a, role } of own) {
        if (!measured(ix.index, a.component)) continue;
        const m = s.median.get(a.component)!;
        const b = s.best.get(a.component)!;
        items.push({
          index: ix.index,
          year: ix.year!,
          component: a.component,
          kind: m.kind === 'composite' ? 'composite' : 'component',
          role,
          score: m.score,
          rank: m.rank,
          median: m.benchmark,
          gapToMedian: m.gap,
          best: b.benchmark,
          gapToBest: b.gap,
          change: m.change,
          bestPractice: s.top(a.component),
          assignment: departmentRef(a),
          na: pick(m.na, ['score', 'rank', 'benchmark', 'gap', 'change']),
          naBest: b.na.benchmark ?? null,
          indicators: s.weak.get(a.component) ?? [],
          ...(m.kind === 'composite' ? { standing: standingOf(ix.index), components: s.summary } : {}),
        });
      }
    }
    // Led before coordinated; within each, the indices' order and the mapping's order.
    const order = (i: ProposalItem) => (i.role === 'lead' ? 0 : 1);
    items.sort((x, y) => order(x) - order(y) || indexIds.indexOf(x.index) - indexIds.indexOf(y.index));
    return { department: name, led: items.filter((i) => i.role === 'lead').length, coordinated: items.filter((i) => i.role === 'coordinating').length, items };
  };

  const names =
    department !== null
      ? [department]
      : departmentNames(
          mapping.assignments.filter((a) =>
            reported.some((i) => i.index === a.index && inForce(a, dayOf(opts.asOf ?? i.year!)) && measured(a.index, a.component)),
          ),
        )
          // A group of bodies ("các sở, ngành") is named on its leads' sheets, never sent one.
          .filter((n) => !isGroup(mapping.groups, n));
  const collator = new Intl.Collator('vi');
  const sheets = names.map(sheetOf).filter((s) => department !== null || s.items.length > 0);
  sheets.sort((a, b) => b.led - a.led || collator.compare(a.department, b.department));

  return {
    units: opts.series.map((u) => u.code),
    year: opts.year ?? null,
    department,
    departmentsFile: mapping.file,
    asOf: opts.asOf ?? null,
    groups: mapping.groups ?? [],
    minCoverage: MIN_COVERAGE,
    top: TOP_PROVINCES,
    indices,
    sheets,
  };
}

/**
 * `make` made once per key: a component is on the sheet of each department that leads or coordinates
 * it (80 items of 36 components on the bundled data), and its best practice and standing are the same on each.
 */
function memoised<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}

function pick(na: NaFields, fields: (keyof NaFields)[]): NaFields {
  return Object.fromEntries(fields.filter((f) => na[f] !== undefined).map((f) => [f, na[f]]));
}
