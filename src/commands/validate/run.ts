import { compareLocations } from '../../check/issues.js';
import type { FolderCheck } from '../../load/check-folder.js';
import type { Issue } from '../../model/types.js';
import type { ValidateResult } from './result.js';

/** The verdict on a checked data folder: with `strict`, warnings count as errors; issues in file order. */
export function runValidate(check: FolderCheck, strict: boolean): ValidateResult {
  const final = check.issues.map((i): Issue => (strict && i.severity === 'warning' ? { ...i, severity: 'error' } : i)).sort(compareLocations);
  const errors = final.filter((i) => i.severity === 'error').length;
  return { dataDir: check.dataDir, strict, filesChecked: check.filesChecked, errors, warnings: final.length - errors, ok: errors === 0, issues: final, notes: check.notes };
}
