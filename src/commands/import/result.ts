/** What was recognised in one sheet and what became of it. */
export interface ImportedSheet {
  file: string;
  sheet: string;
  layout: 'columns' | 'sorted-pairs' | 'papi-sheet';
  index: string;
  year: number;
  /** The year file written (or that would be, with --dry-run). */
  target: string;
  provinces: number;
  columns: { header: string; code: string }[];
  /** Row labels that are not provinces (min, median, max, regions). */
  skipped: string[];
  notes: string[];
}

/** `chiso import --format json`. */
export interface ImportResult {
  dryRun: boolean;
  written: boolean;
  sheets: ImportedSheet[];
  /** Base indicators read from indicator sheets, merged into indicator-values.csv. */
  indicators: { file: string; year: number; sheets: string[]; indicators: number; provinces: number; target: string }[];
}
