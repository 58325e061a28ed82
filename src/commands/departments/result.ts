import type { BenchmarkSpec } from '../../analysis/benchmark.js';
import type { DepartmentRef } from '../../analysis/departments.js';
import type { Gap } from '../../analysis/gaps.js';
import type { NaReason } from '../../analysis/na.js';

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
  /** The ISO day whose assignments are listed (`--as-of`, default today with --department, --year or --province); null = every date. */
  asOf: string | null;
  /** Province code the standings are for (null without a year or province). */
  province: string | null;
  /** What standings are compared with (`province` as a code); null without standings. */
  benchmark: BenchmarkSpec | null;
  rows: DepartmentRow[];
  /** With --department and a year in which it has no assignment: who holds its former components then. */
  successors: string[];
}
