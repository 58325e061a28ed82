import { compareLocations } from '../../check/issues.js';
import type { FolderCheck } from '../../load/check-folder.js';
import type { Issue } from '../../model/types.js';
import type { ValidateResult } from './result.js';

/** The verdict on a checked data folder: with `strict`, new warnings count as errors (acknowledged ones never do). */
export function runValidate(check: FolderCheck, strict: boolean): ValidateResult {
  const final = check.issues.map((i): Issue => (strict && i.severity === 'warning' ? { ...i, severity: 'error' } : i)).sort(compareLocations);
  const errors = final.filter((i) => i.severity === 'error').length;
  return {
    dataDir: check.dataDir,
    strict,
    filesChecked: check.filesChecked,
    errors,
    warnings: final.length - errors,
    ok: errors === 0,
    issues: final,
    knownWarnings: check.known.length,
    known: [...check.known].sort(compareLocations),
    baselineFile: check.baselineFile,
    notes: check.notes,
  };
}
