import type { TargetJudgement } from '../../analysis/targets-check.js';
import type { TargetKind } from '../../model/targets.js';

/** One row of the targets file, judged. */
export interface TargetCheck extends TargetJudgement {
  line: number;
  index: string;
  measure: string;
  year: number;
  kind: TargetKind;
  target: number;
  /** Province code the row was judged for (null when the name denotes no unit that year). */
  province: string | null;
  provinceName: string;
  department: string | null;
  note: string | null;
}

/** The `--format json` contract of `chiso targets` (exit 4 when any target is missed). */
export interface TargetsResult {
  file: string;
  year: number | null;
  checks: TargetCheck[];
  counts: { met: number; missed: number; notPublished: number; notComparable: number };
}
