/** Emphasis a renderer may show with colour (terminal) or weight (Markdown). */
export type Tone = 'good' | 'bad' | 'muted' | 'strong';

/** A table cell: plain text, or text with a tone. */
export type Cell = string | { text: string; tone?: Tone };

export interface Column {
  label: string;
  align?: 'left' | 'right';
}

/** A renderer-neutral document: what table, Markdown and CSV output are drawn from. */
export type Block =
  /** `sheet`: the heading opens a sheet handed out on its own (a department's): printed formats start a page there. */
  | { kind: 'heading'; text: string; level: 1 | 2 | 3; sheet?: boolean }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: Cell[] }
  | { kind: 'table'; columns: Column[]; rows: Cell[][] }
  /**
   * Pre-drawn monospace lines (an ASCII chart); CSV leaves it out. `fit` redraws it for a width
   * (the terminal's); renderers without a width use `lines`.
   */
  | { kind: 'figure'; lines: string[]; fit?: (width: number) => string[] };

export type Doc = Block[];

/** The text of a cell, without its tone. */
export function cellText(cell: Cell): string {
  return typeof cell === 'string' ? cell : cell.text;
}
