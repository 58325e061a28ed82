import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { cellText, type Cell, type Doc, type Tone } from './doc.js';
import { terminalText } from '../model/sanitize.js';

/**
 * Renders a document for a terminal: bold headings, boxed tables wrapped to `width`, colour by tone
 * when enabled. Control characters from the data are shown escaped, before any colour is added.
 */
export function renderTable(doc: Doc, color: boolean, width = 120): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const paint = (cell: Cell) => tone(chalk, safe(cellText(cell)), typeof cell === 'string' ? undefined : cell.tone);
  const out: string[] = [];
  for (const block of doc) {
    switch (block.kind) {
      case 'heading':
        out.push(block.level === 1 ? chalk.bold.underline(heading(block.text)) : chalk.bold(heading(block.text)));
        break;
      case 'paragraph':
        out.push(terminalText(block.text));
        break;
      case 'list':
        out.push(block.items.map((item) => `  • ${paint(item)}`).join('\n'));
        break;
      case 'figure':
        out.push(block.lines.map((l) => terminalText(l)).join('\n'));
        break;
      case 'table': {
        const texts = [block.columns.map((c) => safe(c.label)), ...block.rows.map((r) => r.map((c) => safe(cellText(c))))];
        const widths = fitWidths(texts, width);
        const wraps = texts.some((r) => r.some((t, i) => t.length > widths[i]!));
        const table = new Table({
          head: block.columns.map((c) => chalk.bold(safe(c.label))),
          colAligns: block.columns.map((c) => c.align ?? 'left'),
          colWidths: widths.map((w) => w + 2),
          wordWrap: true,
          style: { head: [], border: [], compact: !wraps },
        });
        for (const row of block.rows) table.push(row.map(paint));
        out.push(table.toString());
        break;
      }
    }
  }
  return out.join('\n\n') + '\n';
}

/** A cell's text: newlines stay (a cell may have several lines), tabs are escaped (they would break the columns). */
function safe(text: string): string {
  return terminalText(text, { tab: false });
}

/** A heading is one line. */
function heading(text: string): string {
  return safe(text.replace(/\r\n|[\r\n]/g, ' '));
}

function tone(chalk: ChalkInstance, text: string, t: Tone | undefined): string {
  switch (t) {
    case 'good':
      return chalk.green(text);
    case 'bad':
      return chalk.red(text);
    case 'muted':
      return chalk.dim(text);
    case 'strong':
      return chalk.bold(text);
    default:
      return text;
  }
}

/**
 * Column widths that fit the table into `width` characters: columns are narrowed where they have
 * the most room above their longest word (so that text wraps between words), widest column last.
 */
function fitWidths(texts: string[][], width: number): number[] {
  const measure = (f: (t: string) => number) => texts[0]!.map((_, i) => Math.max(...texts.map((r) => f(r[i] ?? ''))));
  const widths = measure((t) => longest(t.split('\n')));
  const words = measure((t) => longest(t.split(/\s+/)));
  const frame = widths.length * 3 + 1;
  while (widths.reduce((a, b) => a + b, 0) + frame > width) {
    const slack = widths.map((w, i) => w - words[i]!);
    let i = slack.indexOf(Math.max(...slack));
    if (slack[i]! <= 0) i = widths.indexOf(Math.max(...widths));
    if (widths[i]! <= 12) break;
    widths[i]!--;
  }
  return widths;
}

function longest(parts: string[]): number {
  return Math.max(0, ...parts.map((p) => [...p].length));
}
