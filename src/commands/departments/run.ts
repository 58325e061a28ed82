import type { BenchmarkSpec } from '../../analysis/benchmark.js';
import { componentsOfDepartment, departmentFor, departmentRef, inForce, resolveDepartment, reportDay, type DepartmentRef, type OwnedComponent } from '../../analysis/departments.js';
import type { Gap } from '../../analysis/gaps.js';
import type { NaReason } from '../../analysis/na.js';
import { requireDefinitions } from '../../load/definitions.js';
import { requireDepartments } from '../../load/departments.js';
import { DEFAULT_PROVINCE } from '../../model/province-series.js';
import type { Assignment } from '../../model/departments.js';
import { departmentsDoc } from './view.js';
import { requireIndices } from '../../load/dataset.js';
import { tableSource } from '../../load/table-source.js';
import { defaultYear, indexYearGaps } from '../gaps/run.js';
import type { Output } from '../output.js';

export interface DepartmentsOptions {
  dataDir: string;
  /** Only this department's components (any spelling or the usual abbreviation). */
  department?: string;
  /** Only assignments in force in this year, with the province's standing in it. */
  year?: number;
  /** Show the standing of this province; with only a year, the standing of DEFAULT_PROVINCE (the CLI passes CHISO_PROVINCE). */
  province?: string;
  indices?: string[];
  benchmark: BenchmarkSpec;
  departments?: string;
}

/** One assignment, with the department's role in it and the province's standing on the component. */
export interface DepartmentRow extends DepartmentRef {
  index: string;
  component: string;
  /** The asked department's role; null without --department. */
  role: 'lead' | 'coordinating' | null;
  line: number;
  /** The index year the standing is for; null without a year or province. */
  year: number | null;
  standing: Gap | null;
  /** Why there is no standing when one was asked for. */
  standingReason: NaReason | null;
}

/** `chiso departments --format json`. */
export interface DepartmentsResult {
  file: string;
  department: string | null;
  year: number | null;
  /** Province code the standings are for (null without a year or province). */
  province: string | null;
  /** What standings are compared with (`province` as a code); null without standings. */
  benchmark: BenchmarkSpec | null;
  rows: DepartmentRow[];
  /** With --department and a year in which it has no assignment: who holds its former components then. */
  successors: string[];
}

/** The department mapping, or one department's components, optionally with a province's standing on each. */
export function runDepartments(opts: DepartmentsOptions): Output<DepartmentsResult> {
  const defs = requireDefinitions(opts.dataDir);
  const indices = opts.indices ?? [...defs.indices.keys()];
  requireIndices(defs, indices);
  const mapping = requireDepartments(opts.dataDir, opts.departments, defs);
  const assignments = mapping.assignments.filter((a) => indices.includes(a.index));

  const department = opts.department === undefined ? null : resolveDepartment(mapping.assignments, opts.department);

  const standing = opts.year !== undefined || opts.province !== undefined;
  const provinceName = opts.province ?? DEFAULT_PROVINCE;
  const source = standing ? tableSource(opts.dataDir, defs, indices) : undefined;
  const years = new Map<string, number | undefined>();
  for (const index of indices) years.set(index, opts.year ?? (source ? defaultYear(source, defs, index, provinceName) : undefined));

  const owned: OwnedComponent[] = department
    ? indices.flatMap((index) => componentsOfDepartment(assignments.filter((a) => a.index === index), department!, years.get(index)))
    : assignments.filter((a) => !standing || years.get(a.index) === undefined || inForce(a, reportDay(years.get(a.index)!))).map((a) => ({ assignment: a, role: 'lead' as const }));
  owned.sort((a, b) => a.assignment.line - b.assignment.line);

  const gapsByIndex = new Map<string, Map<string, Gap> | NaReason>();
  let provinceCode: string | null = null;
  let benchmark: BenchmarkSpec | null = null;
  const standingOf = (index: string): Map<string, Gap> | NaReason => {
    if (!gapsByIndex.has(index)) {
      const year = years.get(index);
      if (year === undefined || !source!.table(index, year)) gapsByIndex.set(index, { code: 'no-data', index, year: year ?? 0 });
      else {
        const gaps = indexYearGaps(source!, defs, mapping, { index, year, province: provinceName, benchmark: opts.benchmark });
        provinceCode ??= gaps.province;
        benchmark ??= gaps.benchmark;
        gapsByIndex.set(index, new Map([...gaps.components, gaps.composite].map((g) => [g.code, g])));
      }
    }
    return gapsByIndex.get(index)!;
  };

  const rows = owned.map(({ assignment: a, role }): DepartmentRow => {
    const s = standing ? standingOf(a.index) : undefined;
    const gap = s instanceof Map ? s.get(a.component) ?? null : null;
    return {
      index: a.index, component: a.component, role: department ? role : null,
      ...departmentRef(a), line: a.line,
      year: standing ? years.get(a.index) ?? null : null,
      standing: gap,
      standingReason: !standing || gap ? null : s instanceof Map ? { code: 'no-score' } : s ?? null,
    };
  });

  const successors = department && rows.length === 0 && opts.year !== undefined ? successorsOf(assignments, department, opts.year) : [];
  const result: DepartmentsResult = { file: mapping.file, department, year: opts.year ?? null, province: provinceCode, benchmark, rows, successors };
  return { result, doc: (view) => departmentsDoc(result, defs, view) };
}

/**
 * Who leads, in `year`, the components a department led at some other time (e.g. after the 2025
 * mergers): the leads of that year's assignment that the department's own assignment did not have.
 */
function successorsOf(mapping: Assignment[], department: string, year: number): string[] {
  const led = componentsOfDepartment(mapping, department).filter((o) => o.role === 'lead');
  const leads = led.flatMap(({ assignment: a }) => (departmentFor(mapping, a.index, a.component, year)?.lead ?? []).filter((d) => !a.lead.includes(d)));
  return [...new Set(leads)];
}
