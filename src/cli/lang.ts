import { LANGS, type Lang } from '../i18n/view.js';
import type { Io } from './io.js';

/**
 * The language asked for by `--lang X`, `--lang=X` or CHISO_LANG, read before parsing: the help is
 * built in it, and an error may come from the parse itself.
 */
export function requestedLang(argv: string[], env: Io['env']): Lang {
  const end = argv.indexOf('--');
  const at = argv.findIndex((a, i) => (end < 0 || i < end) && (a === '--lang' || a.startsWith('--lang=')));
  const given = at < 0 ? env.CHISO_LANG : argv[at]!.startsWith('--lang=') ? argv[at]!.slice('--lang='.length) : argv[at + 1];
  return LANGS.find((l) => l === given?.trim().toLowerCase()) ?? 'vi';
}
