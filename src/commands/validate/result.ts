import type { Severity } from '../../model/types.js';

/**
 * One finding as `--format json` prints it. `severity`, `check`, `file`, `line` and `column` are
 * stable; `message` and `hint` are the English text whatever `--lang` (what scripts match and what
 * validate-baseline.csv acknowledges), `messageVi` and `hintVi` the same in Vietnamese.
 */
export interface ReportedIssue {
  severity: Severity;
  check: string;
  file: string;
  line?: number;
  column?: number;
  message: string;
  hint?: string;
  messageVi: string;
  hintVi?: string;
}

/** Everything `chiso validate` found; `ok` is false when any error remains. */
export interface ValidateResult {
  dataDir: string;
  strict: boolean;
  filesChecked: number;
  errors: number;
  /** Warnings not acknowledged by the baseline. */
  warnings: number;
  ok: boolean;
  issues: ReportedIssue[];
  /** Warnings acknowledged in the data folder's baseline file (not counted above, never failing). */
  knownWarnings: number;
  known: ReportedIssue[];
  baselineFile?: string;
  /** Checks that could not run, in English (`notesVi`: in Vietnamese). */
  notes: string[];
  notesVi: string[];
}
