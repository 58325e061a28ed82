import type { Lang } from '../i18n/view.js';

/** The process as the CLI sees it; tests pass a fake one. */
export interface Io {
  /** Text, or the bytes of a binary format (a Word or Excel file piped on). */
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour is on by default only then). */
  isTTY: boolean;
  /** Terminal width for tables (100 when not a terminal; COLUMNS overrides it). */
  columns: number;
  /** Today as an ISO day (the default of --as-of); the local date of the machine when absent. */
  today?: string;
}

/** The machine's local date as an ISO day (a planning office's "today", not UTC's). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether to colour output: --no-color wins, then FORCE_COLOR, then NO_COLOR, then whether stdout is a TTY. */
export function colorEnabled(io: Io, flag: boolean): boolean {
  if (!flag) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force);
  if (io.env.NO_COLOR) return false;
  return io.isTTY;
}

/** The one-line message for a failed write to standard output (anything but a closed pipe). */
export function writeError(err: NodeJS.ErrnoException, lang: Lang = 'vi'): string {
  const why = err.code ?? err.message;
  return lang === 'vi' ? `chiso: không ghi được ra đầu ra chuẩn (${why})\n` : `chiso: cannot write to standard output (${why})\n`;
}

/**
 * Text in pieces of at most `size` (≥ 2) UTF-16 units, never splitting a surrogate pair, so that writing
 * a JSON of hundreds of MB makes one small Buffer at a time instead of one as large beside it.
 */
export function* pieces(text: string, size = 1 << 20): Generator<string> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield text.slice(start, end);
    start = end;
  }
}
