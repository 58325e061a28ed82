import type { ValidateResult } from './result.js';
import { formatLocation } from '../../model/errors.js';
import { VALIDATE } from './labels.js';
import type { View } from '../../i18n/view.js';
import type { Doc } from '../../render/doc.js';
import { ghAnnotation } from '../../render/github.js';

/** Compiler-style lines (`file:line:col: error: message [check]`), then notes and a summary. */
export function validateText(result: ValidateResult, view: View): string {
  const t = view.pick(VALIDATE);
  const lines = result.issues.flatMap((i) => [`${formatLocation(i)}: ${i.severity}: ${i.message} [${i.check}]`, ...(i.hint ? [`  hint: ${i.hint}`] : [])]);
  lines.push(...result.notes.map((n) => `note: ${n}`));
  if (result.baselineFile) lines.push(t.known(result.knownWarnings, result.baselineFile));
  lines.push(t.summary(result.filesChecked, result.errors, result.warnings));
  return lines.join('\n') + '\n';
}

/** GitHub Actions workflow commands for the new problems only, so that CI shows each on its line of the file. */
export function validateGithub(result: ValidateResult, view: View, pathOf: (file: string) => string = (f) => f): string {
  const t = view.pick(VALIDATE);
  const lines = result.issues.map((i) =>
    ghAnnotation(i.severity, { ...i, file: pathOf(i.file), title: i.check }, i.message + (i.hint ? ` (hint: ${i.hint})` : '')),
  );
  lines.push(...result.notes.map((n) => ghAnnotation('notice', {}, n)));
  if (result.baselineFile) lines.push(t.known(result.knownWarnings, pathOf(result.baselineFile)));
  lines.push(t.summary(result.filesChecked, result.errors, result.warnings));
  return lines.join('\n') + '\n';
}

/** The same findings as a document, for Markdown and CSV output. */
export function validateDoc(result: ValidateResult, view: View): Doc {
  const t = view.pick(VALIDATE);
  return [
    { kind: 'heading', level: 1, text: t.title },
    result.issues.length === 0
      ? { kind: 'paragraph', text: t.clean }
      : {
          kind: 'table',
          columns: [{ label: t.severity }, { label: t.location }, { label: t.check }, { label: t.message }],
          rows: result.issues.map((i) => [
            { text: i.severity, tone: i.severity === 'error' ? 'bad' : 'muted' },
            formatLocation(i),
            i.check,
            i.message + (i.hint ? ` (${i.hint})` : ''),
          ]),
        },
    ...(result.notes.length > 0 ? [{ kind: 'heading', level: 2, text: t.notes } as const, { kind: 'list', items: result.notes } as const] : []),
    ...(result.baselineFile ? [{ kind: 'paragraph', text: t.known(result.knownWarnings, result.baselineFile) } as const] : []),
    { kind: 'paragraph', text: t.summary(result.filesChecked, result.errors, result.warnings) },
  ];
}
