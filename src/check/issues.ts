import { DataError } from '../model/errors.js';
import { say, type Message } from '../model/text.js';
import type { Issue } from '../model/types.js';

/** Throws the first error (by `order`: file, line, column as validate lists them, unless told) as a one-line DataError. */
export function throwFirstError(issues: Issue[], order: (a: Issue, b: Issue) => number = compareLocations): void {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return;
  const first = errors.reduce((a, b) => (order(b, a) < 0 ? b : a));
  const more = errors.length - 1;
  throw new DataError(
    first.message,
    first,
    first.hint ??
      (more > 0
        ? say(`còn ${more} lỗi khác: chạy "chiso validate" để xem tất cả`, `${more} more problem${more > 1 ? 's' : ''}: run "chiso validate" to list them all`)
        : undefined),
  );
}

/**
 * Orders issues by file, then line, then column (issues without a line first). Paths compare by
 * code point, as git and `LC_ALL=C ls` list them: the same order under every locale (localeCompare
 * followed the process's locale), and no ICU collator to start on each call of validate.
 */
export function compareLocations(a: Issue, b: Issue): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** The message with `f` applied to its text in each language (bounding, quoting). */
export function mapMessage(message: Message, f: (text: string) => string): Message {
  return typeof message === 'string' ? f(message) : say(f(message.vi), f(message.en));
}
