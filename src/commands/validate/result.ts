import type { Issue } from '../../model/types.js';

/** Everything `chiso validate` found; `ok` is false when any error remains. */
export interface ValidateResult {
  dataDir: string;
  strict: boolean;
  filesChecked: number;
  errors: number;
  warnings: number;
  ok: boolean;
  issues: Issue[];
  notes: string[];
}
