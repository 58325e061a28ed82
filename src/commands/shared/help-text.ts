import type { Lang } from '../../i18n/view.js';

/** Picks the help text of one language from a Vietnamese and an English text written side by side. */
export type HelpText = (vi: string, en: string) => string;

/** The picker for `lang`: `t('tỉnh', 'province')`, so that every help string is written in both languages where it is used. */
export function helpText(lang: Lang): HelpText {
  return (vi, en) => (lang === 'vi' ? vi : en);
}
