import vi from 'zod/v4/locales/vi.js';
import type { z } from 'zod';

/** zod's own Vietnamese messages (type, enum and size problems), for a second parse of a row that failed. */
export const VI_ERRORS = vi().localeError as z.core.$ZodErrorMap;

/**
 * The Vietnamese of the messages our schemas (src/model) write themselves, which no zod locale
 * knows; in step with them: a message not listed here is shown in zod's Vietnamese or as written.
 */
const OWN: [RegExp, (...m: string[]) => string][] = [
  [/^is empty$/, () => 'để trống'],
  [/^is empty: every component needs a lead department$/, () => 'để trống: mỗi chỉ số thành phần cần một sở chủ trì'],
  [/^(.*) is not a number$/, (s) => `${s} không phải là số`],
  [/^(.*) is too large$/, (s) => `${s} quá lớn`],
  [/^must be greater than 0$/, () => 'phải lớn hơn 0'],
  [/^must not be negative$/, () => 'không được âm'],
  [/^must be a whole number from 0 to 10$/, () => 'phải là số nguyên từ 0 đến 10'],
  [/^is not a code \(lower-case letters, digits, "-" or "_"\)$/, () => 'không phải là mã (chữ thường, chữ số, "-" hoặc "_")'],
  [/^is not a year$/, () => 'không phải là năm'],
  [/^(.*) is not a kind \(score, rank or percentile\)$/, (s) => `${s} không phải là loại mục tiêu (score, rank hoặc percentile)`],
  [/^(.*) is not a year or a date \(YYYY or YYYY-MM-DD\)$/, (s) => `${s} không phải là năm hoặc ngày (YYYY hoặc YYYY-MM-DD)`],
  [
    /^(.*) is not a basis \(decision, verified, partly verified, or "common practice, unconfirmed"\)$/,
    (s) => `${s} không phải là căn cứ (decision, verified, partly verified hoặc "common practice, unconfirmed")`,
  ],
];

/** The Vietnamese of one of our schema messages, or undefined when it is not one of them. */
export function ownMessageVi(en: string): string | undefined {
  for (const [pattern, vi] of OWN) {
    const m = pattern.exec(en);
    if (m) return vi(...m.slice(1));
  }
  return undefined;
}
