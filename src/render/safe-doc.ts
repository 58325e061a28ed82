import { terminalText } from '../model/sanitize.js';
import type { Block, Cell, Doc } from './doc.js';

/** Text from the data, made safe for a terminal: control characters escaped; in cells tabs too, since they would break the columns. */
const safe = (text: string) => terminalText(text, { tab: false });
const safeCell = (c: Cell): Cell => (typeof c === 'string' ? safe(c) : { ...c, text: safe(c.text) });

/** A copy of the document with every text escaped for the terminal, before any layout or colour; a heading is one line. */
export function safeDoc(doc: Doc): Doc {
  return doc.map((block): Block => {
    switch (block.kind) {
      case 'heading':
        return { ...block, text: safe(block.text.replace(/\r\n|[\r\n]/g, ' ')) };
      case 'paragraph':
        return { ...block, text: terminalText(block.text) };
      case 'list':
        return { ...block, items: block.items.map(safeCell) };
      case 'table':
        return { ...block, columns: block.columns.map((c) => ({ ...c, label: safe(c.label) })), rows: block.rows.map((r) => r.map(safeCell)) };
      case 'figure': {
        const fit = block.fit;
        return { ...block, lines: block.lines.map(safe), fit: fit && ((w: number) => fit(w).map(safe)) };
      }
      default:
        return block;
    }
  });
}
