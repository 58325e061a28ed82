import { isAbsolute, relative, resolve } from 'node:path';

/** Path as shown in messages: relative to the working directory when that is shorter. */
export function displayPath(path: string): string {
  // Inside the working directory the relative path; outside it the path as given, never "../../tmp/…",
  // so that a message reads the same wherever the folder lies.
  const rel = relative(resolve('.'), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
