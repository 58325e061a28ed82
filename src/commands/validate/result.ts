import type { Issue } from '../../model/types.js';

/** Everything `chiso validate` found; `ok` is false when any error remains. */
export interface ValidateResult {
  dataDir: string;
  strict: boolean;
  filesChecked: number;
  errors: number;
  /** Warnings not acknowledged by the baseline. */
  warnings: number;
  ok: boolean;
  issues: Issue[];
  /** Warnings acknowledged in the data folder's baseline file (not counted above, never failing). */
  knownWarnings: number;
  known: Issue[];
  baselineFile?: string;
  notes: string[];
}
