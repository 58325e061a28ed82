import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The start-up bundle (scripts/bundle.mjs) is given its folder, dist/bundle/, two below the package:
// finding the root from its URL (a URL parsed, three folders looked at) was half a millisecond of every call.
declare const __CHISO_BUNDLE_DIR__: string | undefined;

/** The package root: the nearest folder above this module holding package.json (src/ and dist/src/ alike). */
function packageRoot(): string {
  if (typeof __CHISO_BUNDLE_DIR__ !== 'undefined') return dirname(dirname(__CHISO_BUNDLE_DIR__));
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('chiso: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

/** The folder of chiso's package.json. */
export const PACKAGE_ROOT = packageRoot();

/** The datasets bundled with chiso (`data/` in the package). */
export const BUNDLED_DATA_DIR = join(PACKAGE_ROOT, 'data');

/** Where `npm run build` writes the cache of the bundled data folder (scripts/data-cache.mjs). */
export const DATA_CACHE_DIR = join(PACKAGE_ROOT, 'dist', 'data-cache');

// The start-up bundle has the version written in when it is built (scripts/bundle.mjs): every call
// declares it, and reading package.json for it cost each call about half a millisecond.
declare const __CHISO_VERSION__: string | undefined;

/** The version in chiso's own package.json, for `chiso --version`. */
export function packageVersion(): string {
  if (typeof __CHISO_VERSION__ !== 'undefined') return __CHISO_VERSION__;
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
