/**
 * `chiso validate` text with its wrapped findings joined again: a continuation line (four or more
 * spaces: the finding's own indent plus four) belongs to the line above it.
 */
export function unwrapValidate(text: string): string {
  return text.replace(/\n {4,}/g, ' ');
}
