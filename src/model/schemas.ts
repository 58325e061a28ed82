import { z } from 'zod';

// Cells arrive as trimmed strings; these turn them into typed values or say what is wrong.
/** A cell that must not be empty. */
export const text = z.string().min(1, 'is empty');
/** A cell that may be empty (undefined then). */
export const optText = z.string().transform((s) => (s === '' ? undefined : s));
const number = (s: string, ctx: z.RefinementCtx): number => {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) {
    ctx.addIssue({ code: 'custom', message: `"${s}" is not a number` });
    return z.NEVER;
  }
  return Number(s);
};
const optNumber = z.string().transform((s, ctx) => (s === '' ? undefined : number(s, ctx)));
const reqNumber = z.string().min(1, 'is empty').transform(number);
const optYear = optNumber.refine((n) => n === undefined || Number.isInteger(n), 'is not a year');
const year = reqNumber.refine((n) => Number.isInteger(n), 'is not a year');
const code = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'is not a code (lower-case letters, digits, "-" or "_")');
/** A `|`-separated list (empty entries dropped). */
export const list = z.string().transform((s) => s.split('|').map((x) => x.trim()).filter(Boolean));

export const indexRow = z.object({
  id: code,
  short_name: text,
  name_vi: text,
  name_en: text,
  publisher: text,
  composite: code,
  rank_kind: z.enum(['official', 'reported', 'none']),
  precision: year,
});

export const methodologyRow = z.object({
  index: code,
  period: text,
  from_year: year,
  to_year: year,
  aggregation: z.enum(['weighted-mean', 'sum', 'unknown']),
  composite_max: reqNumber,
  tolerance: optNumber,
  sub_tolerance: optNumber,
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
  max: optNumber,
  weight: optNumber,
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
