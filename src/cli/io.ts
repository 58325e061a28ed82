/** The process as the CLI sees it; tests pass a fake one. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour is on by default only then). */
  isTTY: boolean;
  /** Terminal width for tables (100 when not a terminal; COLUMNS overrides it). */
  columns: number;
}

/** Whether to colour output: --no-color wins, then FORCE_COLOR, then NO_COLOR, then whether stdout is a TTY. */
export function colorEnabled(io: Io, flag: boolean): boolean {
  if (!flag) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force);
  if (io.env.NO_COLOR) return false;
  return io.isTTY;
}
