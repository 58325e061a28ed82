import type { BenchmarkRequest, BenchmarkSpec } from '../../analysis/benchmark.js';
import { componentsOfDepartment, dayOf, departmentFor, departmentRef, inForce, resolveDepartment, type OwnedComponent } from '../../analysis/departments.js';
import type { Gap } from '../../analysis/gaps.js';
import type { NaReason } from '../../analysis/na.js';
import { indexYearGaps } from '../../analysis/index-gaps.js';
import { componentYear } from '../../analysis/scope.js';
import type { Dataset } from '../../model/dataset.js';
import type { Assignment, DepartmentMapping } from '../../model/departments.js';
import type { Province } from '../../model/types.js';
import type { DepartmentRow, DepartmentsResult } from './result.js';

export interface DepartmentsOptions {
  /** Only this department's components (any spelling or the usual abbreviation). */
  department?: string;
  /** Only assignments in force in this year, with the province's standing in it. */
  year?: number;
  /** Show the standing of this province (its units over time) in `year`, else in each index's component year. */
  series?: Province[];
  indices?: string[];
  benchmark: BenchmarkRequest;
  /** Only assignments in force on this ISO day (`--as-of`); default: in `year` (its last day), else every date. */
  asOf?: string;
}

/** The department mapping, or one department's components, optionally with a province's standing on each. */
export function runDepartments(data: Dataset, mapping: DepartmentMapping, opts: DepartmentsOptions): DepartmentsResult {
  const indices = opts.indices ?? [...data.defs.indices.keys()];
  const assignments = mapping.assignments.filter((a) => indices.includes(a.index));

  const department = opts.department === undefined ? null : resolveDepartment(mapping.assignments, opts.department);

  const series = opts.series;
  const standing = series !== undefined;
  const years = new Map<string, number | undefined>();
  for (const index of indices) years.set(index, opts.year ?? (series ? componentYear(data, index, series) : undefined));
  // The day assignments are read on: --as-of, else the data year's last day, else none (every date).
  const dayFor = (index: string) => opts.asOf ?? (years.get(index) === undefined ? undefined : dayOf(years.get(index)!));

  const owned: OwnedComponent[] = department
    ? indices.flatMap((index) =>
        componentsOfDepartment(
          assignments.filter((a) => a.index === index),
          department!,
          dayFor(index),
        ),
      )
    : assignments
        .filter((a) => {
          const day = opts.asOf ?? (standing ? dayFor(a.index) : undefined);
          return day === undefined || inForce(a, day);
        })
        .map((a) => ({ assignment: a, role: 'lead' as const }));
  owned.sort((a, b) => a.assignment.line - b.assignment.line);

  const gapsByIndex = new Map<string, Map<string, Gap> | NaReason>();
  let provinceCode: string | null = null;
  let benchmark: BenchmarkSpec | null = null;
  const standingOf = (index: string): Map<string, Gap> | NaReason => {
    if (!gapsByIndex.has(index)) {
      const year = years.get(index);
      if (year === undefined || !series || !data.table(index, year)) gapsByIndex.set(index, { code: 'no-data', index, year: year ?? 0 });
      else {
        const gaps = indexYearGaps(data, mapping, { index, year, series, benchmark: opts.benchmark, asOf: opts.asOf });
        provinceCode ??= gaps.province;
        benchmark ??= gaps.benchmark;
        gapsByIndex.set(index, new Map([...gaps.components, gaps.composite].map((g) => [g.code, g])));
      }
    }
    return gapsByIndex.get(index)!;
  };

  const rows = owned.map(({ assignment: a, role }): DepartmentRow => {
    const s = standing ? standingOf(a.index) : undefined;
    const gap = s instanceof Map ? (s.get(a.component) ?? null) : null;
    return {
      index: a.index,
      component: a.component,
      role: department ? role : null,
      ...departmentRef(a),
      line: a.line,
      year: standing ? (years.get(a.index) ?? null) : null,
      standing: gap,
      standingReason: !standing || gap ? null : s instanceof Map ? { code: 'no-score' } : (s ?? null),
    };
  });

  const when = opts.asOf ?? opts.year;
  const successors = department && rows.length === 0 && when !== undefined ? successorsOf(assignments, department, when) : [];
  return { file: mapping.file, department, year: opts.year ?? null, asOf: opts.asOf ?? null, province: provinceCode, benchmark, rows, successors };
}

/**
 * Who leads, in `year`, the components a department led at some other time (e.g. after the 2025
 * mergers): the leads of that year's assignment that the department's own assignment did not have.
 */
function successorsOf(mapping: Assignment[], department: string, year: number | string): string[] {
  const led = componentsOfDepartment(mapping, department).filter((o) => o.role === 'lead');
  const leads = led.flatMap(({ assignment: a }) => (departmentFor(mapping, a.index, a.component, year)?.lead ?? []).filter((d) => !a.lead.includes(d)));
  return [...new Set(leads)];
}
