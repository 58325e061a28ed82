import type * as Crypto from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BUNDLED_DATA_DIR, DATA_CACHE_DIR } from './paths.js';

// The manifest of the data cache (scripts/data-cache.mjs writes it, src/load/data-cache.ts checks it):
// what the bundled data folder held when the cache was built, so that an edited file is never served
// from the cache.

/** One file of the data folder as it was when the cache was built. */
export interface ManifestEntry {
  /** Relative to the data folder, `/`-separated. */
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** The cache's format: a cache of another version (an older build's) is not read. */
export const CACHE_VERSION = 5;

/** What the cache was built from: the data folder's absolute path then, and every file in it. */
export interface Manifest {
  version: typeof CACHE_VERSION;
  root: string;
  files: ManifestEntry[];
}

/** Every regular file under `dir`, relative and sorted, the way the manifest lists them. */
export function folderFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...folderFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

/** SHA-256 of a file's bytes. */
export function fileHash(path: string): string {
  // node:crypto, with the streams it loads, costs a call about 8 ms of CPU to load, and only a file
  // whose mtime changed needs a hash: it is required then.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof Crypto;
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Whether the folder still holds exactly the manifest's files with the same bytes. Size and mtime
 * equal: taken as unchanged (what make and tsc assume); mtime different (a copy, `npm pack` sets
 * every mtime to 1985, a checkout): the file is hashed, so a touched but unchanged file still hits.
 * A file added anywhere, removed or turned into a folder is a mismatch.
 */
export function matchesManifest(dir: string, manifest: Manifest): boolean {
  const expected = new Map(manifest.files.map((m) => [m.path, m]));
  let matched = 0;
  // One walk with one stat per entry, which says both what it is and whether it changed (listing
  // the folder with file types first, then stat-ing each file, cost a call twice the objects).
  const walk = (prefix: string): boolean => {
    for (const name of readdirSync(prefix === '' ? dir : `${dir}/${prefix}`)) {
      const rel = prefix === '' ? name : `${prefix}/${name}`;
      const path = `${dir}/${rel}`;
      const stat = statSync(path);
      if (stat.isDirectory()) {
        if (walk(rel)) continue;
        return false;
      }
      const m = expected.get(rel);
      if (!m || !stat.isFile() || stat.size !== m.size) return false;
      if (stat.mtimeMs !== m.mtimeMs && fileHash(path) !== m.sha256) return false;
      matched++;
    }
    return true;
  };
  return walk('') && matched === manifest.files.length;
}

/**
 * The data cache's manifest (dist/data-cache/manifest.json) when the cache is of this version and the
 * bundled data folder still matches it; undefined when there is none, it cannot be read, or it is stale.
 */
export function currentManifest(): Manifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(DATA_CACHE_DIR, 'manifest.json'), 'utf8')) as Manifest;
    return manifest.version === CACHE_VERSION && matchesManifest(BUNDLED_DATA_DIR, manifest) ? manifest : undefined;
  } catch {
    return undefined;
  }
}
