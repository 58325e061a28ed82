import type { Lang } from './view.js';

/** An ISO day as people write it: 01/12/2026 in Vietnamese, 2026-12-01 in English (unambiguous). */
export function dayText(day: string, lang: Lang): string {
  if (lang === 'en') return day;
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** The sentence every sheet carries: which data year(s) it rests on and which day's assignments it uses. */
export const AS_OF = {
  vi: {
    both: (data: string, day: string) => `Số liệu năm ${data}; phân công tại ngày ${day}.`,
    assigned: (day: string) => `Phân công tại ngày ${day}.`,
    group: 'nhóm cơ quan, không gửi phiếu riêng',
  },
  en: {
    both: (data: string, day: string) => `Data for ${data}; assignments as of ${day}.`,
    assigned: (day: string) => `Assignments as of ${day}.`,
    group: 'a group of bodies, sent no sheet of its own',
  },
};
