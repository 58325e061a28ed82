import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The git top level above a folder (the nearest ancestor holding `.git`), if any. */
export function gitTopLevel(folder: string): string | undefined {
  let dir = resolve(folder);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * A path function for annotations: relative to the git top level containing `dataDir`, with `/`
 * separators, so that CI attaches them to the same file whatever the working directory; paths
 * outside a repository are kept as given.
 */
export function annotationPaths(dataDir: string): (path: string) => string {
  const top = gitTopLevel(dataDir);
  if (!top) return (path) => path;
  return (path) => {
    const rel = relative(top, resolve(path));
    return rel.startsWith('..') ? path : rel.split(sep).join('/');
  };
}
