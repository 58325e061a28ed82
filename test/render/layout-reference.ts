// The table layout and drawing as they were before the start-up work of issue #15, kept verbatim
// as the reference the faster versions in src/render must agree with (test/render/layout-speed.test.ts).
import Table from 'cli-table3';
import { cellText, type Cell, type Doc } from '../../src/render/doc.js';
import type { Styles } from '../../src/render/render-table.js';
import { frameWidth, type FittedTable } from '../../src/render/fit-table.js';
import { safeDoc } from '../../src/render/safe-doc.js';
import { displayWidth, longestWord, NARROW_TEXT, textWidth, words } from '../../src/render/wrap.js';

export function refWrapText(text: string, width: number): string {
  const w = Math.max(1, width);
  return text
    .split('\n')
    .map((para) => wrapParagraph(para, w).join('\n'))
    .join('\n');
}

function wrapParagraph(para: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of words(para)) {
    const w = textWidth(word);
    if (w > width) {
      if (line) lines.push(line);
      const pieces = cut(word, width);
      line = pieces.pop()!;
      used = textWidth(line);
      lines.push(...pieces);
    } else if (line && used + 1 + w > width) {
      lines.push(line);
      [line, used] = [word, w];
    } else {
      [line, used] = line ? [`${line} ${word}`, used + 1 + w] : [word, w];
    }
  }
  lines.push(line);
  return lines;
}

/** A word too long for any line, cut into pieces of at most `width` columns between graphemes. */
function cut(word: string, width: number): string[] {
  const pieces = [''];
  for (const segment of graphemes(word)) {
    const last = pieces[pieces.length - 1]!;
    if (last && textWidth(last + segment) > width) pieces.push(segment);
    else pieces[pieces.length - 1] = last + segment;
  }
  return pieces;
}

/**
 * The graphemes of a word. Each one-column character is a grapheme of its own (NARROW_TEXT holds no
 * combining mark), so those words need no Intl.Segmenter, whose first use starts ICU's segmentation.
 */
function graphemes(word: string): Iterable<string> {
  return NARROW_TEXT.test(word) ? word : Array.from(new Intl.Segmenter().segment(word), (s) => s.segment);
}

/** Wraps text with a first-line prefix ("  • ") and a hanging indent of the prefix's width for the rest. */
export function refWrapHanging(text: string, width: number, prefix: string): string {
  const indent = ' '.repeat(textWidth(prefix));
  return refWrapText(text, width - indent.length)
    .split('\n')
    .map((line, i) => (i === 0 ? prefix : indent) + line)
    .join('\n');
}

const MIN_COLUMN = 4;
const WHOLE_HEADER_WORD = 10;

/** fitTable as it was. */
export function refFitTable(labels: string[], rows: string[][], width: number): FittedTable {
  const natural = labels.map((l, i) => Math.max(displayWidth(l), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const content = labels.map((_, i) => Math.max(0, ...rows.map((r) => longestWord(r[i] ?? ''))));
  // A header word may be cut to its content's width if longer than WHOLE_HEADER_WORD (never below MIN_COLUMN), content words never.
  const least = labels.map((l, i) => Math.max(content[i]!, Math.min(longestWord(l), Math.max(content[i]!, MIN_COLUMN, WHOLE_HEADER_WORD))));
  const kept = labels.map((_, i) => i);
  const sum = (xs: number[], of: number[]) => xs.reduce((a, i) => a + of[i]!, 0);
  while (kept.length > 1 && sum(kept, least) + frameWidth(kept.length) > width) kept.pop();
  const widths = kept.map((i) => natural[i]!);
  const mins = kept.map((i) => least[i]!);
  let total = widths.reduce((a, b) => a + b, 0) + frameWidth(kept.length);
  // Narrow one column at a time, always the one whose narrowing adds the fewest screen lines
  // (the widest on a tie): long notes wrap before short headers do.
  const texts = [labels, ...rows];
  const count = new LineCounter();
  const cache = new Map<string, number[]>();
  const lines = (j: number, w: number) => {
    const key = `${j}:${w}`;
    let got = cache.get(key);
    if (!got) cache.set(key, (got = texts.map((r) => count.lines(r[kept[j]!] ?? '', w))));
    return got;
  };
  const current = kept.map((_, j) => lines(j, widths[j]!));
  const height = (cols: number[][]) => texts.reduce((sum, _, r) => sum + Math.max(...cols.map((c) => c[r]!)), 0);
  while (total > width) {
    let pick = -1;
    let best = Infinity;
    let bestLines: number[] = [];
    widths.forEach((w, j) => {
      if (w <= mins[j]!) return;
      const next = lines(j, w - 1);
      const h = height(current.map((c, k) => (k === j ? next : c)));
      if (h < best || (h === best && w > widths[pick]!)) [pick, best, bestLines] = [j, h, next];
    });
    if (pick < 0) break;
    widths[pick]!--;
    current[pick] = bestLines;
    total--;
  }
  // A single kept column whose words are wider than the terminal is cut there (a long URL).
  if (total > width && kept.length === 1) widths[0] = Math.max(1, width - frameWidth(1));
  const moved = labels.map((_, i) => i).filter((i) => !kept.includes(i));
  const span = widths.reduce((a, b) => a + b, 0) + 3 * (widths.length - 1);
  let wrapped = false;
  const fitted = rows.map((r) => {
    const cells = kept.map((i, j) => {
      const text = refWrapText(r[i] ?? '', widths[j]!);
      if (text.includes('\n')) wrapped = true;
      return text;
    });
    const parts = moved.filter((i) => (r[i] ?? '') !== '').map((i) => `${labels[i]}: ${r[i]}`);
    return { cells, under: parts.length > 0 ? refWrapText(parts.join('\n'), span) : null };
  });
  const head = kept.map((i, j) => shortenHeader(labels[i]!, widths[j]!));
  return { kept, widths, head, rows: fitted, wrapped: wrapped || moved.length > 0 };
}

/** A header wrapped between words; a word still wider than the column ends in "…". */
function shortenHeader(label: string, width: number): string {
  return label
    .split(' ')
    .map((w) => (displayWidth(w) <= width ? w : `${[...w].slice(0, Math.max(1, width - 1)).join('')}…`))
    .join(' ')
    .replace(/.+/, (s) => refWrapText(s, width));
}

/** Counts the lines greedy word wrapping gives, with each word's width measured once. */
class LineCounter {
  private readonly words = new Map<string, number[][]>();

  lines(text: string, width: number): number {
    let total = 0;
    for (const para of this.split(text)) {
      let used = -1;
      let n = 1;
      for (const ww of para) {
        const w = Math.min(ww, width);
        if (used >= 0 && used + 1 + w > width) [n, used] = [n + 1, w];
        else used += 1 + w;
      }
      total += n;
    }
    return total;
  }

  /** The widths of a text's words, paragraph by paragraph, measured once per text. */
  private split(text: string): number[][] {
    let got = this.words.get(text);
    if (!got) this.words.set(text, (got = text.split('\n').map((p) => words(p).map(textWidth))));
    return got;
  }
}

/** renderTable as it was, for a document of tables only. */
export function refRenderTables(raw: Doc, styles: Styles, width = 100): string {
  const paint = (cell: Cell) => tone(styles, cellText(cell), typeof cell === 'string' ? undefined : cell.tone);
  return (
    safeDoc(raw)
      .map((block) => (block.kind === 'table' ? drawTable(block, paint, styles, width) : ''))
      .join('\n\n') + '\n'
  );
}

function tone(styles: Styles, text: string, t: string | undefined): string {
  if (t === 'good') return styles.good(text);
  if (t === 'bad') return styles.bad(text);
  if (t === 'muted') return styles.muted(text);
  if (t === 'strong') return styles.bold(text);
  return text;
}

function paintLines(text: string, cell: Cell, paint: (c: Cell) => string): string {
  return text
    .split('\n')
    .map((line) => paint(typeof cell === 'string' ? line : { ...cell, text: line }))
    .join('\n');
}

type TableBlock = Extract<Doc[number], { kind: 'table' }>;

function drawTable(block: TableBlock, paint: (c: Cell) => string, styles: Styles, width: number): string {
  const fit = refFitTable(
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
