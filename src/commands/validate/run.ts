import { compareLocations } from '../../check/issues.js';
import type { FolderCheck } from '../../load/check-folder.js';
import { inLang } from '../../model/text.js';
import type { Issue } from '../../model/types.js';
import type { ReportedIssue, ValidateResult } from './result.js';

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
    issues: final.map(reported),
    knownWarnings: check.known.length,
    known: [...check.known].sort(compareLocations).map(reported),
    baselineFile: check.baselineFile,
    notes: check.notes.map((n) => inLang(n, 'en')),
    notesVi: check.notes.map((n) => inLang(n, 'vi')),
  };
}

/** An issue with its text in both languages as plain fields (English in `message`, the stable one). */
function reported(i: Issue): ReportedIssue {
  return {
    severity: i.severity,
    check: i.check,
    file: i.file,
    line: i.line,
    column: i.column,
    message: inLang(i.message, 'en'),
    hint: i.hint === undefined ? undefined : inLang(i.hint, 'en'),
    messageVi: inLang(i.message, 'vi'),
    hintVi: i.hint === undefined ? undefined : inLang(i.hint, 'vi'),
  };
}
