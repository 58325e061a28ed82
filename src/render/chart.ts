import type { Cell, Column } from './doc.js';

/**
 * A chart for the printable formats (HTML): a Vega-Lite spec drawn to SVG by the renderer, its
 * caption (which says how to read it), and the same numbers as a table for readers who cannot
 * see the picture (screen readers, a copy into a spreadsheet).
 */
export interface Chart {
  title: string;
  caption: string;
  /** A Vega-Lite spec (plain JSON: inline data, no URL); compiled and drawn only for HTML. */
  spec: Record<string, unknown>;
  table: { columns: Column[]; rows: Cell[][] };
}

/** What a command adds to its document in the printable formats (HTML, Word). */
export interface PrintExtras {
  charts?: Chart[];
  /** The running page header of a Word document: the province and the data year. */
  header?: string;
}
