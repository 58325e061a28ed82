import { english, type Message } from './text.js';

/** Where in an input file a problem sits; line and column are 1-based. */
export interface Location {
  file: string;
  line?: number;
  column?: number;
}

/** Formats a location as `file:line:column`, leaving out the parts that are unknown. */
export function formatLocation(loc: Location): string {
  let out = loc.file;
  if (loc.line !== undefined) out += `:${loc.line}`;
  if (loc.line !== undefined && loc.column !== undefined) out += `:${loc.column}`;
  return out;
}

/** Bad input data: a file that cannot be read as the dataset format says. Exit code 1. */
export class DataError extends Error {
  constructor(
    readonly text: Message,
    readonly location?: Location,
    readonly hint?: Message,
  ) {
    super(english(text));
    this.name = 'DataError';
  }
}

/** The command line asks for something that does not exist or does not fit together. Exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly text: Message,
    readonly hint?: Message,
  ) {
    super(english(text));
    this.name = 'UsageError';
  }
}

/** Exit codes, documented in `chiso --help`. */
export const EXIT = { ok: 0, runtime: 1, usage: 2, invalid: 3, missed: 4, changed: 5 } as const;
