import type { ReportedIssue, ValidateResult } from './result.js';
import { formatLocation } from '../../model/errors.js';
import { oneLine } from '../../model/sanitize.js';
import { VALIDATE } from './labels.js';
import type { View } from '../../i18n/view.js';
import type { Doc } from '../../render/doc.js';
import { ghAnnotation } from '../../render/github.js';
import { textWidth, wrapText, words } from '../../render/wrap.js';

/** Indent of the continuation lines of a wrapped finding. */
const INDENT = 4;

/** Message and hint of a finding in the view's language. */
function texts(i: ReportedIssue, view: View): { message: string; hint?: string } {
  return view.lang === 'vi' ? { message: i.messageVi, hint: i.hintVi } : { message: i.message, hint: i.hint };
}

/** Notes in the view's language. */
function notesOf(result: ValidateResult, view: View): string[] {
  return view.lang === 'vi' ? result.notesVi : result.notes;
}

/**
 * Compiler-style lines (`file:line:col: error: message [check]`, the level and the message in the
 * view's language), then notes and a summary; each wrapped at word boundaries to `width` columns
 * (infinite: unwrapped), continuation lines indented.
 */
export function validateText(result: ValidateResult, view: View, width = Infinity): string {
  const t = view.pick(VALIDATE);
  // One line each before wrapping: text from the data never brings its own line breaks or controls.
  const fit = (text: string, indent = 0) => hang(oneLine(text), width, indent);
  const lines = result.issues.flatMap((i) => {
    const { message, hint } = texts(i, view);
    return [fit(`${formatLocation(i)}: ${t.levels[i.severity]}: ${message} [${i.check}]`), ...(hint ? [fit(`  ${t.hint}: ${hint}`, 2)] : [])];
  });
  lines.push(...notesOf(result, view).map((n) => fit(`${t.note}: ${n}`)));
  if (result.baselineFile) lines.push(fit(t.known(result.knownWarnings, result.baselineFile)));
  lines.push(fit(t.summary(result.filesChecked, result.errors, result.warnings)));
  return lines.join('\n') + '\n';
}

/** Text wrapped at word boundaries to `width`: the first line (after the `indent` it has) as full as fits, the rest indented further. */
function hang(text: string, width: number, indent: number): string {
  if (!Number.isFinite(width)) return text;
  const more = indent + INDENT;
  const all = words(text);
  let n = 0;
  for (let used = indent; n < all.length; n++) {
    used += (n > 0 ? 1 : 0) + textWidth(all[n]!);
    if (used > width) break;
  }
  const rest = all.slice(n).join(' ');
  // A first word wider than the line (a long path): all of it is wrapped at the narrower width, which cuts that word.
  const [head, ...tail] =
    n === 0 ? wrapText(rest, width - more).split('\n') : [all.slice(0, n).join(' '), ...(rest ? wrapText(rest, width - more).split('\n') : [])];
  return [' '.repeat(indent) + head, ...tail.map((l) => ' '.repeat(more) + l)].join('\n');
}

/**
 * GitHub Actions workflow commands for the new problems only, so that CI shows each on its line of
 * the file; the level is GitHub's keyword, the message in the view's language, the title the check.
 */
export function validateGithub(result: ValidateResult, view: View, pathOf: (file: string) => string = (f) => f): string {
  const t = view.pick(VALIDATE);
  const lines = result.issues.map((i) => {
    const { message, hint } = texts(i, view);
    return ghAnnotation(i.severity, { ...i, file: pathOf(i.file), title: i.check }, message + (hint ? ` (${t.hint}: ${hint})` : ''));
  });
  lines.push(...notesOf(result, view).map((n) => ghAnnotation('notice', {}, n)));
  if (result.baselineFile) lines.push(t.known(result.knownWarnings, pathOf(result.baselineFile)));
  lines.push(t.summary(result.filesChecked, result.errors, result.warnings));
  return lines.join('\n') + '\n';
}

/** The same findings as a document, for Markdown and CSV output. */
export function validateDoc(result: ValidateResult, view: View): Doc {
  const t = view.pick(VALIDATE);
  const notes = notesOf(result, view);
  return [
    { kind: 'heading', level: 1, text: t.title },
    result.issues.length === 0
      ? { kind: 'paragraph', text: t.clean }
      : {
          kind: 'table',
          columns: [{ label: t.severity }, { label: t.location }, { label: t.check }, { label: t.message }],
          rows: result.issues.map((i) => {
            const { message, hint } = texts(i, view);
            return [
              { text: t.levels[i.severity], tone: i.severity === 'error' ? 'bad' : 'muted' },
              formatLocation(i),
              i.check,
              message + (hint ? ` (${hint})` : ''),
            ];
          }),
        },
    ...(notes.length > 0 ? [{ kind: 'heading', level: 2, text: t.notes } as const, { kind: 'list', items: notes } as const] : []),
    ...(result.baselineFile ? [{ kind: 'paragraph', text: t.known(result.knownWarnings, result.baselineFile) } as const] : []),
    { kind: 'paragraph', text: t.summary(result.filesChecked, result.errors, result.warnings) },
  ];
}
