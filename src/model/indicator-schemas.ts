import * as z from 'zod';
import { optText, text } from './schemas.js';

const code = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'is not a code (lower-case letters, digits, "-" or "_")');
const year = z
  .string()
  .regex(/^\d{4}$/, 'is not a year')
  .transform(Number);

/** A row of indicators.csv: one indicator of an index-year under its component. */
export const indicatorRow = z.object({
  index: code,
  year,
  code,
  parent: code,
  name_vi: text,
  name_en: optText,
  unit: optText,
  direction: z.enum(['higher-better', 'lower-better']),
  direction_basis: optText,
});
