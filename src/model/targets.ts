import { CELL_MESSAGES as M, cellError } from './cell-messages.js';
import { cell, row } from './fast-cells.js';
import { fourDigitYear, optText, text } from './schemas.js';

/** What a target sets: a score to reach, a place to reach or beat, or a percentile (0–100, as ranks show it) to reach. */
export const TARGET_KINDS = ['score', 'rank', 'percentile'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** One row of a targets file: an index measure's target value in one year. */
export interface Target {
  index: string;
  /** The index's composite code, or a component code. */
  measure: string;
  year: number;
  kind: TargetKind;
  value: number;
  department?: string;
  note?: string;
  /** Province named in the row; undefined = the province the command reports on. */
  province?: string;
  line: number;
}

/** A targets file as read. */
export interface TargetsFile {
  file: string;
  targets: Target[];
  /** 1-based column of each field, for error locations. */
  columns: Record<string, number>;
}

// Targets files are small and read by one command: their cells have no plain readers, zod reads every row.
const num = cell((z) =>
  text.zod(z).transform((s, ctx) => {
    const t = s.replace(',', '.');
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)%?$/.test(t)) {
      ctx.addIssue({ code: 'custom', ...cellError(M.notNumber(`"${s}"`)) });
      return z.NEVER;
    }
    // "75%" is read as 75, the percentile scale the rank tables show.
    return Number(t.endsWith('%') ? t.slice(0, -1) : t);
  }),
);
const lowerCase = cell((z) => text.zod(z).transform((s) => s.toLowerCase()));

/** Cells of one row of targets.csv (a `province` column is optional, see the loader). */
export const targetCells = {
  index: lowerCase,
  measure: lowerCase,
  year: fourDigitYear,
  kind: cell((z) =>
    z.string().transform((s, ctx) => {
      const k = s.trim().toLowerCase();
      if ((TARGET_KINDS as readonly string[]).includes(k)) return k as TargetKind;
      ctx.addIssue({ code: 'custom', ...cellError(M.notTargetKind(`"${s}"`)) });
      return z.NEVER;
    }),
  ),
  value: num,
  department: optText,
  note: optText,
};

/** Schema of one row of targets.csv. */
export const targetRow = row(targetCells);
