import { displayWidth, longestWord, textWidth, words, wrapText } from './wrap.js';

/** A table laid out for a width: the columns kept, their widths, wrapped cells, and what moved under each row. */
export interface FittedTable {
  /** Indices of the columns drawn as columns, in order. */
  kept: number[];
  /** Content width of each kept column (without padding and borders). */
  widths: number[];
  /** Header text of each kept column, wrapped or shortened to its width. */
  head: string[];
  /** Per row: the wrapped text of each kept column, and "Label: value" lines of the moved columns (or null). */
  rows: { cells: string[]; under: string | null }[];
  /** Whether any cell needed more than one line (rows are then separated by rules). */
  wrapped: boolean;
}

/** Columns never get narrower than this, so that a shortened header still says something. */
const MIN_COLUMN = 4;
/** Header words up to this width are never cut ("Composite" stays whole; "Com…" says nothing). */
const WHOLE_HEADER_WORD = 10;

/** Width of the borders and padding of a boxed table with n columns: "│ a │ b │". */
export function frameWidth(n: number): number {
  return n * 3 + 1;
}

/**
 * Lays out a table to fit `width` columns: first it narrows the columns with the most room (text
 * wraps between words), shortening headers wider than their content; when even the narrowest
 * layout is too wide, the rightmost columns (the least important by convention: notes, departments)
 * move into a line under their row. With `width` Infinity the table keeps its natural widths.
 */
export function fitTable(labels: string[], rows: string[][], width: number): FittedTable {
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
  while (total > width) {
    let pick = -1;
    let best = Infinity;
    let bestLines: number[] = [];
    for (let j = 0; j < widths.length; j++) {
      const w = widths[j]!;
      if (w <= mins[j]!) continue;
      const next = lines(j, w - 1);
      const h = heightWith(current, j, next);
      if (h < best || (h === best && w > widths[pick]!)) {
        pick = j;
        best = h;
        bestLines = next;
      }
    }
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
      const text = wrapText(r[i] ?? '', widths[j]!);
      if (text.includes('\n')) wrapped = true;
      return text;
    });
    const parts = moved.filter((i) => (r[i] ?? '') !== '').map((i) => `${labels[i]}: ${r[i]}`);
    return { cells, under: parts.length > 0 ? wrapText(parts.join('\n'), span) : null };
  });
  const head = kept.map((i, j) => shortenHeader(labels[i]!, widths[j]!));
  return { kept, widths, head, rows: fitted, wrapped: wrapped || moved.length > 0 };
}

/**
 * The table's height in lines with column j's line counts replaced by `next`. Plain loops, since this
 * runs for every column at every narrowing step (an interpreter pays for each closure and array).
 */
function heightWith(cols: number[][], j: number, next: number[]): number {
  let sum = 0;
  for (let r = 0; r < next.length; r++) {
    let most = next[r]!;
    for (let k = 0; k < cols.length; k++) if (k !== j && cols[k]![r]! > most) most = cols[k]![r]!;
    sum += most;
  }
  return sum;
}

/** A header wrapped between words; a word still wider than the column ends in "…". */
function shortenHeader(label: string, width: number): string {
  return label
    .split(' ')
    .map((w) => (displayWidth(w) <= width ? w : `${[...w].slice(0, Math.max(1, width - 1)).join('')}…`))
    .join(' ')
    .replace(/.+/, (s) => wrapText(s, width));
}

/** Counts the lines greedy word wrapping gives, with each word's width measured once. */
class LineCounter {
  private readonly words = new Map<string, number[][]>();

  lines(text: string, width: number): number {
    let total = 0;
    const paras = this.split(text);
    for (let p = 0; p < paras.length; p++) {
      const para = paras[p]!;
      let used = -1;
      let n = 1;
      for (let i = 0; i < para.length; i++) {
        const w = Math.min(para[i]!, width);
        if (used >= 0 && used + 1 + w > width) {
          n++;
          used = w;
        } else used += 1 + w;
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
