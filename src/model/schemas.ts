import type * as Zod from 'zod';
import { quote } from './sanitize.js';
import { CELL_MESSAGES as M, cellError } from './cell-messages.js';
import { cell, FAIL, oneOf, row, type Z } from './fast-cells.js';

// Cells arrive as trimmed strings; these turn them into typed values or say what is wrong.
// Checks are refinements (not .min/.regex): only a custom issue carries the params that hold
// our two-language message (cell-messages.ts). Each cell's zod schema is built from the zod
// namespace given (only for a row one of the plain readers rejects: model/fast-cells.ts).

/** A cell that must not be empty. */
export const text = cell(
  (z) => z.string().refine((s) => s !== '', cellError(M.empty)),
  (s) => (s !== '' ? s : FAIL),
);
/** A cell that may be empty (undefined then). */
export const optText = cell(
  (z) => z.string().transform((s) => (s === '' ? undefined : s)),
  (s) => (s === '' ? undefined : s),
);
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** The plain reader of a number cell: a finite number or FAIL. */
const fastNumber = (s: string): number | typeof FAIL => {
  const n = PLAIN_NUMBER.test(s) ? Number(s) : NaN;
  return Number.isFinite(n) ? n : FAIL;
};
const number =
  (z: Z) =>
  (s: string, ctx: Zod.RefinementCtx): number => {
    if (!PLAIN_NUMBER.test(s)) {
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
const optNumber = cell((z) => z.string().transform((s, ctx) => (s === '' ? undefined : number(z)(s, ctx))));
const reqNumber = cell((z) => text.zod(z).transform(number(z)));
/** A number cell that may be empty, checked by `ok`: the schema's plain reader. */
const fastOptNumber = (ok: (n: number) => boolean) => (s: string) => {
  if (s === '') return undefined;
  const n = fastNumber(s);
  return n !== FAIL && ok(n) ? n : FAIL;
};
/** A number cell that must not be empty, checked by `ok`: the schema's plain reader. */
const fastReqNumber = (ok: (n: number) => boolean) => (s: string) => {
  const n = s === '' ? FAIL : fastNumber(s);
  return n !== FAIL && ok(n) ? n : FAIL;
};
/** Years an index edition can have; a wider range is a typo (and to_year 99999999 would make year loops run away). */
export const YEARS = { min: 1990, max: 2100 } as const;
const inYears = (n: number) => Number.isInteger(n) && n >= YEARS.min && n <= YEARS.max;
// Province first and last years reach back before the indices began.
const inProvinceYears = (n: number) => Number.isInteger(n) && n >= 1900 && n <= YEARS.max;
const optYear = cell(
  (z) => optNumber.zod(z).refine((n) => n === undefined || inProvinceYears(n), cellError(M.notYearIn(1900, YEARS.max))),
  fastOptNumber(inProvinceYears),
);
const year = cell((z) => reqNumber.zod(z).refine(inYears, cellError(M.notYearIn(YEARS.min, YEARS.max))), fastReqNumber(inYears));
const isPositive = (n: number) => n > 0;
const isNonNegative = (n: number) => n >= 0;
const positive = cell((z) => reqNumber.zod(z).refine((n) => isPositive(n), cellError(M.notPositive)), fastReqNumber(isPositive));
const optPositive = cell((z) => optNumber.zod(z).refine((n) => n === undefined || isPositive(n), cellError(M.notPositive)), fastOptNumber(isPositive));
const optNonNegative = cell((z) => optNumber.zod(z).refine((n) => n === undefined || isNonNegative(n), cellError(M.negative)), fastOptNumber(isNonNegative));
/** Decimals an owner publishes: a whole number 0–10 (number formatting accepts no more). */
const isPrecision = (n: number) => Number.isInteger(n) && n >= 0 && n <= 10;
const precision = cell((z) => reqNumber.zod(z).refine((n) => isPrecision(n), cellError(M.notPrecision)), fastReqNumber(isPrecision));
const CODE = /^[a-z0-9][a-z0-9_-]*$/;
/** A code: lower-case letters, digits, "-" or "_". */
export const code = cell(
  (z) => z.string().refine((s) => CODE.test(s), cellError(M.notCode)),
  (s) => (CODE.test(s) ? s : FAIL),
);
const FOUR_DIGITS = /^\d{4}$/;
/** Four digits, read as a year (no range: targets and indicators name any year). */
export const fourDigitYear = cell(
  (z) =>
    z
      .string()
      .refine((s) => FOUR_DIGITS.test(s), cellError(M.notYear))
      .transform(Number),
  (s) => (FOUR_DIGITS.test(s) ? Number(s) : FAIL),
);
/** The entries of a `|`-separated list (empty entries dropped). */
export const splitList = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);
/** A `|`-separated list (empty entries dropped). */
export const list = cell((z) => z.string().transform(splitList), splitList);

export const indexRow = row({
  id: code,
  short_name: text,
  name_vi: text,
  name_en: text,
  publisher: text,
  publisher_en: optText,
  composite: code,
  rank_kind: oneOf(['official', 'reported', 'none']),
  precision,
});

export const methodologyRow = row({
  index: code,
  period: text,
  from_year: year,
  to_year: year,
  aggregation: oneOf(['weighted-mean', 'sum', 'unknown']),
  composite_max: positive,
  tolerance: optNonNegative,
  sub_tolerance: optNonNegative,
  change_vi: optText,
  change_en: optText,
  note_vi: optText,
  note_en: optText,
});

export const componentRow = row({
  index: code,
  period: text,
  code,
  kind: oneOf(['component', 'sub', 'alternate']),
  parent: optText,
  name_vi: text,
  name_en: text,
  max: optPositive,
  weight: optNonNegative,
});

export const provinceRow = row({
  code,
  kind: oneOf(['unit', 'aggregate']),
  name_vi: text,
  name_en: text,
  region: optText,
  first_year: optYear,
  last_year: optYear,
  successor: optText,
  aliases: list,
});

export const regionRow = row({ code, name_vi: text, name_en: text });

export const sourceRow = row({
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
export const groupRow = row({
  index: code,
  from_year: year,
  to_year: year,
  rule: oneOf(['percentile', 'share-of-max', 'published']),
  code,
  min: optNonNegative,
  label_vi: text,
  label_en: text,
  source: code,
});
