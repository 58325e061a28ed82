import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayText } from '../i18n/as-of.js';
import type { Lang } from '../i18n/view.js';
import { currentManifest } from '../load/cache-manifest.js';
import { displayPath } from '../load/display-path.js';
import { BUNDLED_DATA_DIR, PACKAGE_ROOT } from '../load/paths.js';
import { localToday } from './io.js';
import { directStdout, writeFailed } from './stdout.js';

// Answers computed ahead (issue #15). On the bundled data, the calls scripts make in loops (help, the
// default report, each command of scripts/call-kinds.mjs in its table and JSON forms, in both
// languages) print the same bytes on every call but for the day of the department assignments and the
// data folder's path as shown from the working folder. `npm run build` runs each of them
// (scripts/answers.mjs) and stores what it wrote, its day made a placeholder; bin/chiso.cjs
// writes a stored answer back, loading none of the CLI, when:
// - standard output is not a terminal (a terminal's width and colours are the call's own),
// - no variable the calls read is set (COLUMNS, NO_COLOR, CHISO_LANG…: the build records which),
// - the Node version is the build's,
// - but for a help: the data folder shows as it did in a stored run (`data` from the package, else its
//   absolute path), today has the same department assignments in force as the build's day, and the
//   bundled data still matches the data cache's manifest.
// Any other call runs the CLI, as does every call of the plain build.

/** Where `npm run build` stores the answers (scripts/answers.mjs): with the bundle, which a new build removes first. */
export const ANSWERS_DIR = join(PACKAGE_ROOT, 'dist', 'bundle', 'answers');

/** The answers' index (index.json). */
export interface AnswerIndex {
  /** The Node version that computed them (another may format a number differently). */
  node: string;
  /** The days with the build day's department assignments in force, both ends included (null: no end). */
  from: string | null;
  to: string | null;
  /** The environment variables the calls read: when one is set, the call is computed. */
  env: string[];
  /**
   * Answer file by call (its arguments as JSON) and by the data folder as the call shows it from its
   * working folder ('' for a help: it reads no data, and holds wherever the data lies).
   */
  answers: Record<string, Record<string, string>>;
}

/**
 * A stored answer: what the call wrote, in order, to fd 1 or 2 (its day as placeholders), its exit
 * code, and whether it may depend on the data (false: a help that the help's bundle answered, which
 * holds no loader and no data cache).
 */
export interface Answer {
  exit: number;
  lang: Lang;
  data: boolean;
  writes: [1 | 2, string][];
}

// Output never holds a NUL (the sanitiser escapes control characters, JSON writes \u0000).
const ISO_DAY = '\0d';
const VI_DAY = '\0v';

/** `text` with `day` (as ISO and as a Vietnamese date) made placeholders. */
export const dayTemplate = (text: string, day: string): string => text.replaceAll(day, ISO_DAY).replaceAll(dayText(day, 'vi'), VI_DAY);

/** A template with `day` written in. */
export const withDay = (template: string, day: string): string => template.replaceAll(ISO_DAY, day).replaceAll(VI_DAY, dayText(day, 'vi'));

/** The stored answer to this call, if there is one that holds on the day `today()` gives. */
export function storedAnswer(index: AnswerIndex, argv: string[], env: Record<string, string | undefined>, today: () => string): Answer | undefined {
  const places = index.answers[JSON.stringify(argv)];
  const file = places?.[''] ?? places?.[displayPath(BUNDLED_DATA_DIR)];
  if (file === undefined || index.node !== process.version || index.env.some((name) => env[name] !== undefined)) return undefined;
  const answer = JSON.parse(readFileSync(join(ANSWERS_DIR, file), 'utf8')) as Answer;
  if (!answer.data) return answer;
  const day = today();
  const holds = (index.from === null || index.from <= day) && (index.to === null || day <= index.to) && currentManifest() !== undefined;
  return holds ? answer : undefined;
}

/**
 * Writes this process's stored answer, if `index` (bin/chiso.cjs read it, and found the call's
 * arguments in it) has one that holds; false: run the CLI.
 */
export function answered(index: AnswerIndex): boolean {
  let lang: Lang = 'vi';
  const write = directStdout((err) => writeFailed(lang)(err));
  if (!write) return false; // a terminal
  let day: string | undefined;
  const today = () => (day ??= localToday()); // the local time zone costs a little to load
  const answer = storedAnswer(index, process.argv.slice(2), process.env, today);
  if (!answer) return false;
  lang = answer.lang;
  for (const [fd, text] of answer.writes) {
    const filled = text.includes('\0') ? withDay(text, today()) : text;
    if (fd === 1) write(filled);
    else process.stderr.write(filled);
  }
  process.exitCode = answer.exit;
  return true;
}
