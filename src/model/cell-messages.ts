import { say, type Bilingual } from './text.js';

/**
 * Every message our row schemas write about a cell, in both languages: the one home of each
 * (zod's own messages, for a wrong type, an unknown enum value or a size, come from its locales).
 * Values from the data arrive already quoted by the schema.
 */
export const CELL_MESSAGES = {
  empty: say('để trống', 'is empty'),
  emptyLead: say('để trống: mỗi chỉ số thành phần cần một sở chủ trì', 'is empty: every component needs a lead department'),
  notNumber: (value: string) => say(`${value} không phải là số`, `${value} is not a number`),
  tooLarge: (value: string) => say(`${value} quá lớn`, `${value} is too large`),
  notPositive: say('phải lớn hơn 0', 'must be greater than 0'),
  negative: say('không được âm', 'must not be negative'),
  notPrecision: say('phải là số nguyên từ 0 đến 10', 'must be a whole number from 0 to 10'),
  notCode: say('không phải là mã (chữ thường, chữ số, "-" hoặc "_")', 'is not a code (lower-case letters, digits, "-" or "_")'),
  notYear: say('không phải là năm', 'is not a year'),
  notYearIn: (min: number, max: number) => say(`không phải là năm từ ${min} đến ${max}`, `is not a year from ${min} to ${max}`),
  notTargetKind: (value: string) =>
    say(`${value} không phải là loại mục tiêu (score, rank hoặc percentile)`, `${value} is not a kind (score, rank or percentile)`),
  notDate: (value: string) => say(`${value} không phải là năm hoặc ngày (YYYY hoặc YYYY-MM-DD)`, `${value} is not a year or a date (YYYY or YYYY-MM-DD)`),
  notBasis: (value: string) =>
    say(
      `${value} không phải là căn cứ (decision, verified, partly verified hoặc "common practice, unconfirmed")`,
      `${value} is not a basis (decision, verified, partly verified, or "common practice, unconfirmed")`,
    ),
} as const;

/**
 * zod options for a refinement or a custom issue whose message is ours. zod keeps a message as a
 * string, so the English goes in `message` (the stable form: error.message, baseline keys) and the
 * pair rides along in the issue's `params`, where the loader picks the language asked for.
 */
export function cellError(message: Bilingual): { message: string; params: { message: Bilingual } } {
  return { message: message.en, params: { message } };
}

/** The two-language message one of our schemas put on a zod issue; undefined for zod's own messages. */
export function cellMessage(issue: { code?: string; params?: Record<string, unknown> }): Bilingual | undefined {
  const m = issue.code === 'custom' ? issue.params?.message : undefined;
  return typeof m === 'object' && m !== null && 'vi' in m && 'en' in m ? (m as Bilingual) : undefined;
}
