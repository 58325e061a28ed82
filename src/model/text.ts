/** A sentence in both of chiso's languages; whoever prints it picks the one `--lang` asks for. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** Text for a person: a sentence in both languages, or a plain string (a name, a code, a quote from the data). */
export type Message = string | Bilingual;

/** A message in Vietnamese and English, side by side where it is written. */
export function say(vi: string, en: string): Bilingual {
  return { vi, en };
}

/** The message in one language (a plain string is the same in both). */
export function inLang(message: Message, lang: 'vi' | 'en'): string {
  return typeof message === 'string' ? message : message[lang];
}

/** The message in English: the stable form (error.message, keys that must not depend on --lang). */
export function english(message: Message): string {
  return inLang(message, 'en');
}
