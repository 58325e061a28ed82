import type { ValidateResult } from './result.js';
import { formatLocation } from '../../model/errors.js';
import { VALIDATE } from './labels.js';
import type { View } from '../../i18n/view.js';
import type { Doc } from '../../render/doc.js';

/** Compiler-style lines (`file:line:col: error: message [check]`), then notes and a summary. */
export function validateText(result: ValidateResult, view: View): string {
  const t = view.pick(VALIDATE);
  const lines = result.issues.flatMap((i) => [
    `${formatLocation(i)}: ${i.severity}: ${i.message} [${i.check}]`,
    ...(i.hint ? [`  hint: ${i.hint}`] : []),
  ]);
  lines.push(...result.notes.map((n) => `note: ${n}`));
  lines.push(t.summary(result.filesChecked, result.errors, result.warnings));
  return lines.join('\n') + '\n';
}

/** GitHub Actions workflow commands, so that CI shows each problem on its line of the file. */
export function validateGithub(result: ValidateResult, view: View): string {
  const t = view.pick(VALIDATE);
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines = result.issues.map((i) => {
    const props = [`file=${prop(i.file)}`, ...(i.line ? [`line=${i.line}`] : []), ...(i.column ? [`col=${i.column}`] : []), `title=${prop(i.check)}`];
    return `::${i.severity} ${props.join(',')}::${escape(i.message + (i.hint ? ` (hint: ${i.hint})` : ''))}`;
  });
  lines.push(...result.notes.map((n) => `::notice::${escape(n)}`));
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
    { kind: 'paragraph', text: t.summary(result.filesChecked, result.errors, result.warnings) },
  ];
}
