import stringWidth from 'string-width';

/** Words are split at ordinary spaces only, so that a no-break space keeps "↑ +0,15" together. */
const SPACES = / +/;

const widths = new Map<string, number>();

/**
 * Characters one column wide each (string-width agrees on every one: a test checks them all): ASCII,
 * Latin letters with precomposed Vietnamese marks, Greek letters (Δ), punctuation, arrows, maths and box drawing, less
 * the few that string-width counts as emoji (©, ®, ‼, ⁉, ↔…↙, ↩, ↪) or as nothing (soft hyphen).
 */
export const NARROW_TEXT =
  /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u024f\u0391-\u03a9\u03b1-\u03c9\u1e00-\u1eff\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e\u2190-\u2193\u219a-\u21a8\u21ab-\u21ff\u2200-\u22ff\u2500-\u257f]*$/;

/**
 * Display width of one line in terminal columns (combining marks take none, wide characters two),
 * by string-width; text of one-column characters only, the common case (Vietnamese in NFC
 * included), is counted directly, because string-width's grapheme segmentation is hot in layout.
 */
export function textWidth(text: string): number {
  if (NARROW_TEXT.test(text)) return text.length;
  let w = widths.get(text);
  if (w === undefined) widths.set(text, (w = stringWidth(text)));
  return w;
}

/** Display width of text: its widest line. */
export function displayWidth(text: string): number {
  if (!text.includes('\n')) return textWidth(text);
  let most = 0;
  for (const line of text.split('\n')) most = Math.max(most, textWidth(line));
  return most;
}

/** The widest single word of text, so that a column is never narrower than that. */
export function longestWord(text: string): number {
  let most = 0;
  for (const word of text.split(/[ \n]+/)) most = Math.max(most, textWidth(word));
  return most;
}

/** The words of one paragraph. */
export function words(paragraph: string): string[] {
  return paragraph.split(SPACES).filter(Boolean);
}

/**
 * Wraps text at word boundaries to `width` columns; only a word longer than the whole width (a URL)
 * is cut, between graphemes, since nothing else would keep the line inside the terminal.
 */
export function wrapText(text: string, width: number): string {
  const w = Math.max(1, width);
  // Most texts (table cells) already fit on one line with single spaces: they come back as they are.
  if (text.length <= w && NARROW_TEXT.test(text) && !SPACED.test(text)) return text;
  const paras = text.split('\n');
  let out = wrapParagraph(paras[0]!, w);
  for (let i = 1; i < paras.length; i++) out += '\n' + wrapParagraph(paras[i]!, w);
  return out;
}

/** Spaces that wrapping would drop or merge: leading, trailing or doubled. */
const SPACED = /^ | $| {2}/;

// Plain loops and assignments: in a short-lived process (V8's interpreter) destructuring and chained
// array methods cost far more than the few lines they save, and this runs for every cell and line.
function wrapParagraph(para: string, width: number): string {
  const all = para.split(SPACES);
  // One test for the whole paragraph instead of one per word: one-column text is as wide as it is long.
  const narrow = NARROW_TEXT.test(para);
  let out = '';
  let line = '';
  let used = 0;
  for (let i = 0; i < all.length; i++) {
    const word = all[i]!;
    if (word === '') continue;
    const w = narrow ? word.length : textWidth(word);
    if (w > width) {
      if (line) out += line + '\n';
      const pieces = cut(word, width);
      line = pieces.pop()!;
      used = textWidth(line);
      for (const piece of pieces) out += piece + '\n';
    } else if (line && used + 1 + w > width) {
      out += line + '\n';
      line = word;
      used = w;
    } else if (line) {
      line += ' ' + word;
      used += 1 + w;
    } else {
      line = word;
      used = w;
    }
  }
  return out + line;
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
export function wrapHanging(text: string, width: number, prefix: string): string {
  const indent = ' '.repeat(textWidth(prefix));
  return wrapText(text, width - indent.length)
    .split('\n')
    .map((line, i) => (i === 0 ? prefix : indent) + line)
    .join('\n');
}
