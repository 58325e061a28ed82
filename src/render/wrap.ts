import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** Display width of text in terminal columns (combining marks take none, wide characters two). */
export function displayWidth(text: string): number {
  return Math.max(0, ...text.split('\n').map((line) => stringWidth(line)));
}

/** The widest single word of text, so that a column is never narrower than that. */
export function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => stringWidth(w)));
}

/**
 * Wraps text at word boundaries to `width` columns; only a word longer than the whole width (a URL)
 * is cut, since nothing else would keep the line inside the terminal.
 */
export function wrapText(text: string, width: number): string {
  return wrapAnsi(text, Math.max(1, width), { hard: true, trim: true });
}

/** Wraps text with a first-line prefix ("  • ") and a hanging indent of the prefix's width for the rest. */
export function wrapHanging(text: string, width: number, prefix: string): string {
  const indent = ' '.repeat(stringWidth(prefix));
  return wrapText(text, width - indent.length)
    .split('\n')
    .map((line, i) => (i === 0 ? prefix : indent) + line)
    .join('\n');
}
