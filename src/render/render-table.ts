import Table from 'cli-table3';
import { cellText, type Block, type Cell, type Doc, type Tone } from './doc.js';
import { fitTable } from './fit-table.js';
import { safeDoc } from './safe-doc.js';
import { displayWidth, wrapHanging, wrapText } from './wrap.js';

/** The styles of a terminal document: chalk's when colour is on, else text as it is. */
export interface Styles {
  bold(text: string): string;
  title(text: string): string;
  good(text: string): string;
  bad(text: string): string;
  muted(text: string): string;
}

const same = (text: string) => text;
/** Text as it is: no colour. */
export const PLAIN: Styles = { bold: same, title: same, good: same, bad: same, muted: same };

/**
 * The styles for `color`. chalk is loaded only for colour: loading it asks the terminal whether it
 * takes colour, which loads Node's tty, net and os modules, a noticeable part of a call that pipes.
 */
export async function terminalStyles(color: boolean): Promise<Styles> {
  if (!color) return PLAIN;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return { bold: chalk.bold, title: chalk.bold.underline, good: chalk.green, bad: chalk.red, muted: chalk.dim };
}

/**
 * Renders a document for a terminal: bold headings, prose wrapped at word boundaries and boxed
 * tables fitted to `width` (see fit-table.ts); `wide` keeps tables at their natural width.
 * Control characters from the data are shown escaped, before any layout or colour.
 */
export function renderTable(raw: Doc, styles: Styles, width = 100, wide = false): string {
  const doc = safeDoc(raw);
  const paint = (cell: Cell) => tone(styles, cellText(cell), typeof cell === 'string' ? undefined : cell.tone);
  const out: string[] = [];
  for (let b = 0; b < doc.length; b++) {
    const block = doc[b]!;
    switch (block.kind) {
      case 'heading':
        out.push(
          wrapText(block.text, width)
            .split('\n')
            .map((l) => (block.level === 1 ? styles.title(l) : styles.bold(l)))
            .join('\n'),
        );
        break;
      case 'paragraph':
        out.push(wrapText(block.text, width));
        break;
      case 'list':
        out.push(block.items.map((item) => paintLines(wrapHanging(cellText(item), width, '  • '), item, paint)).join('\n'));
        break;
      case 'figure': {
        // Consecutive figures (one rank chart per index) go side by side where the width allows.
        const run: string[][] = [];
        for (; b < doc.length && doc[b]!.kind === 'figure'; b++) {
          const f = doc[b] as Extract<Block, { kind: 'figure' }>;
          run.push(f.fit?.(width) ?? f.lines);
        }
        b--;
        out.push(...sideBySide(run, width));
        break;
      }
      case 'table':
        out.push(drawTable(block, paint, styles, wide ? Infinity : width));
        break;
    }
  }
  return out.join('\n\n') + '\n';
}

function tone(styles: Styles, text: string, t: Tone | undefined): string {
  switch (t) {
    case 'good':
      return styles.good(text);
    case 'bad':
      return styles.bad(text);
    case 'muted':
      return styles.muted(text);
    case 'strong':
      return styles.bold(text);
    default:
      return text;
  }
}

/** Paints each line of wrapped text with the cell's tone, so that colour never spans a line break. */
function paintLines(text: string, cell: Cell, paint: (c: Cell) => string): string {
  // A plain string has no tone: its text is drawn as it is.
  if (typeof cell === 'string') return text;
  return text
    .split('\n')
    .map((line) => paint({ ...cell, text: line }))
    .join('\n');
}

function drawTable(block: Extract<Block, { kind: 'table' }>, paint: (c: Cell) => string, styles: Styles, width: number): string {
  const fit = fitTable(
    block.columns.map((c) => c.label),
    block.rows.map((r) => r.map(cellText)),
    width,
  );
  const table = new Table({
    head: fit.head.map((h) => styles.bold(h)),
    colAligns: fit.kept.map((i) => block.columns[i]!.align ?? 'left'),
    colWidths: fit.widths.map((w) => w + 2),
    wordWrap: false,
    style: { head: [], border: [], compact: !fit.wrapped },
  });
  fit.rows.forEach((row, r) => {
    table.push(row.cells.map((text, j) => paintLines(text, block.rows[r]![fit.kept[j]!] ?? '', paint)));
    if (row.under !== null) table.push([{ colSpan: fit.kept.length, content: row.under }]);
  });
  return table.toString();
}

/** Figures packed into rows of at most `width` columns, four spaces apart, each row as one text. */
function sideBySide(figures: string[][], width: number): string[] {
  const rows: string[][][] = [];
  let used = Infinity;
  for (const f of figures) {
    const w = displayWidth(f.join('\n'));
    if (used + 4 + w <= width) {
      rows[rows.length - 1]!.push(f);
      used += 4 + w;
    } else {
      rows.push([f]);
      used = w;
    }
  }
  return rows.map((row) => {
    const widths = row.map((f) => displayWidth(f.join('\n')));
    const height = Math.max(...row.map((f) => f.length));
    return Array.from({ length: height }, (_, y) =>
      row
        .map((f, i) => pad(f[y] ?? '', i === row.length - 1 ? 0 : widths[i]! + 4))
        .join('')
        .replace(/\s+$/, ''),
    ).join('\n');
  });
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
