import type { Argument, HelpConfiguration, Option } from 'commander';
import type { Lang } from '../i18n/view.js';
import { textWidth } from '../render/wrap.js';

/** Commander's own headings, in Vietnamese (English keeps commander's). */
const TITLES_VI: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Arguments:': 'Đối số:',
  'Options:': 'Tùy chọn:',
  'Global Options:': 'Tùy chọn chung:',
  'Commands:': 'Lệnh:',
};

const WORDS = { vi: { choices: 'chọn một trong', default: 'mặc định', and: '; ' }, en: { choices: 'choices', default: 'default', and: ', ' } };

/** Terminal columns of help text: ANSI codes and combining marks (Vietnamese in NFD) take none. */
export function helpWidthOf(text: string): number {
  // eslint-disable-next-line no-control-regex
  return textWidth(text.includes('\x1b') ? text.replace(/\x1b\[[0-9;]*m/g, '') : text);
}

/** Commander's help in `lang`, wrapped at `width` columns: headings, "(choices: …, default: …)", widths counted in columns. */
export function helpConfiguration(lang: Lang, width: number): HelpConfiguration {
  const w = WORDS[lang];
  // The same rules as commander's optionDescription/argumentDescription, with the words translated.
  const described = (description: string, extra: string[]) => (extra.length === 0 ? description : `${description} (${extra.join(w.and)})`.trim());
  const choices = (c: string[] | undefined) => (c ? [`${w.choices}: ${c.map((x) => JSON.stringify(x)).join(', ')}`] : []);
  const fallback = (value: unknown, text: string | undefined) => (value === undefined ? [] : [`${w.default}: ${text || JSON.stringify(value)}`]);
  return {
    showGlobalOptions: true,
    helpWidth: width,
    displayWidth: helpWidthOf,
    styleTitle: (title) => (lang === 'vi' ? (TITLES_VI[title] ?? title) : title),
    optionDescription: (o: Option) => {
      const shown = o.required || o.optional || (o.isBoolean() && typeof o.defaultValue === 'boolean');
      const extra = [...choices(o.argChoices), ...(shown ? fallback(o.defaultValue, o.defaultValueDescription) : [])];
      if (o.presetArg !== undefined && o.optional) extra.push(`preset: ${JSON.stringify(o.presetArg)}`);
      if (o.envVar !== undefined) extra.push(`env: ${o.envVar}`);
      return described(o.description, extra);
    },
    argumentDescription: (a: Argument) => described(a.description, [...choices(a.argChoices), ...fallback(a.defaultValue, a.defaultValueDescription)]),
  };
}
