import type { Block } from './doc.js';

/**
 * Numbered notes that cells point to ("[2]"), so that each rule or caveat is stated once however
 * many cells it applies to; the list is drawn once, at the end of the document.
 */
export class NoteRefs {
  private readonly notes: string[] = [];

  /** The mark of a note ("[1]"), numbering it on first use. */
  ref(text: string): string {
    let i = this.notes.indexOf(text);
    if (i < 0) i = this.notes.push(text) - 1;
    return `[${i + 1}]`;
  }

  /** Whether any note was numbered. */
  get size(): number {
    return this.notes.length;
  }

  /** The notes as a list, each with its number. */
  list(): Block {
    return { kind: 'list', items: this.notes.map((text, i) => `[${i + 1}] ${text}`) };
  }
}
