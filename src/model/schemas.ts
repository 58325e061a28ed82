import * as z from 'zod';
import { quote } from './sanitize.js';
import { CELL_MESSAGES as M, cellError } from './cell-messages.js';

// Cells arrive as trimmed strings; these turn them into typed values or say what is wrong.
// Checks are refinements (not .min/.regex): only a custom issue carries the params that hold
// our two-language message (cell-messages.ts).
/** A cell that must not be empty. */
export const text = z.string().refine((s) => s !== '', cellError(M.empty));
/** A cell that may be empty (undefined then). */
export const optText = z.string().transform((s) => (s === '' ? undefined : s));
const number = (s: string, ctx: z.RefinementCtx): number => {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) {
    ctx.addIssue({ code: 'custom', ...cellError(M.notNumber(quote(s))) });
    return z.NEVER;
  }
  const n = Number(s);
  // 400 digits are still digits, but Infinity is no value to compute with.
  if (!Number.isFinite(n)) {
    ctx.addIssue({ code: 'custom', ...cellError(M.tooLarge(quote(s))) });
    return z.NEVER;
  }
  return n;
};
const optNumber = z.string().transform((s, ctx) => (s === '' ? undefined : number(s, ctx)));
const reqNumber = text.transform(number);
/** Years an index edition can have; a wider range is a typo (and to_year 99999999 would make year loops run away). */
export const YEARS = { min: 1990, max: 2100 } as const;
const inYears = (n: number) => Number.isInteger(n) && n >= YEARS.min && n <= YEARS.max;
// Province first and last years reach back before the indices began.
const inProvinceYears = (n: number) => Number.isInteger(n) && n >= 1900 && n <= YEARS.max;
const optYear = optNumber.refine((n) => n === undefined || inProvinceYears(n), cellError(M.notYearIn(1900, YEARS.max)));
const year = reqNumber.refine(inYears, cellError(M.notYearIn(YEARS.min, YEARS.max)));
const positive = reqNumber.refine((n) => n > 0, cellError(M.notPositive));
const optPositive = optNumber.refine((n) => n === undefined || n > 0, cellError(M.notPositive));
const optNonNegative = optNumber.refine((n) => n === undefined || n >= 0, cellError(M.negative));
/** Decimals an owner publishes: a whole number 0–10 (number formatting accepts no more). */
const precision = reqNumber.refine((n) => Number.isInteger(n) && n >= 0 && n <= 10, cellError(M.notPrecision));
const CODE = /^[a-z0-9][a-z0-9_-]*$/;
/** A code: lower-case letters, digits, "-" or "_". */
export const code = z.string().refine((s) => CODE.test(s), cellError(M.notCode));
/** Four digits, read as a year (no range: targets and indicators name any year). */
export const fourDigitYear = z
  .string()
  .refine((s) => /^\d{4}$/.test(s), cellError(M.notYear))
  .transform(Number);
/** A `|`-separated list (empty entries dropped). */
export const list = z.string().transform((s) =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean),
);

export const indexRow = z.object({
  id: code,
  short_name: text,
  name_vi: text,
  name_en: text,
  publisher: text,
  publisher_en: optText,
  composite: code,
  rank_kind: z.enum(['official', 'reported', 'none']),
  precision,
});

export const methodologyRow = z.object({
  index: code,
  period: text,
  from_year: year,
  to_year: year,
  aggregation: z.enum(['weighted-mean', 'sum', 'unknown']),
  composite_max: positive,
  tolerance: optNonNegative,
  sub_tolerance: optNonNegative,
  change_vi: optText,
  change_en: optText,
  note_vi: optText,
  note_en: optText,
});

export const componentRow = z.object({
  index: code,
  period: text,
  code,
  kind: z.enum(['component', 'sub', 'alternate']),
  parent: optText,
  name_vi: text,
  name_en: text,
  max: optPositive,
  weight: optNonNegative,
});

export const provinceRow = z.object({
  code,
  kind: z.enum(['unit', 'aggregate']),
  name_vi: text,
  name_en: text,
  region: optText,
  first_year: optYear,
  last_year: optYear,
  successor: optText,
  aliases: list,
});

export const regionRow = z.object({ code, name_vi: text, name_en: text });

export const sourceRow = z.object({
  id: code,
  title: text,
  title_vi: optText,
  url: optText,
  repository: optText,
  path: optText,
  commit: optText,
  licence: optText,
  note: optText,
});

/** One group of a scheme in groups.csv (rows of one scheme are consecutive, best group first). */
export const groupRow = z.object({
  index: code,
  from_year: year,
  to_year: year,
  rule: z.enum(['percentile', 'share-of-max', 'published']),
  code,
  min: optNonNegative,
  label_vi: text,
  label_en: text,
  source: code,
});
