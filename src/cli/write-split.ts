import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DataError } from '../model/errors.js';
import { say } from '../model/text.js';

/** One file of a split output: its name inside the folder, and its contents. */
export interface SplitFile {
  name: string;
  contents: string | Uint8Array;
}

/**
 * A file name from a department's name: ASCII only (diacritics dropped, đ → d), lower case, words
 * joined by `-`, at most 60 characters; names that collide get -2, -3 …, so no file overwrites another.
 */
export function fileNames(names: string[], extension: string): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base =
      name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase()
        .replace(/&/g, ' va ')
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 60)
        .replace(/^-+|-+$/g, '') || 'don-vi';
    let slug = base;
    for (let k = 2; used.has(slug); k++) slug = `${base}-${k}`;
    used.add(slug);
    return `${slug}.${extension}`;
  });
}

/**
 * Refuses a split folder that cannot take the output before anything is rendered: a path that is
 * a file, or a folder that already holds files (new sheets are never mixed with old ones).
 */
export function checkSplitDir(dir: string): void {
  let kind: 'none' | 'file' | 'empty' | 'full' = 'none';
  try {
    const st = statSync(dir);
    kind = !st.isDirectory() ? 'file' : readdirSync(dir).length === 0 ? 'empty' : 'full';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw splitError(dir, e);
  }
  if (kind === 'file')
    throw new DataError(
      say('không ghi được các tệp của --split: đường dẫn là một tệp, không phải thư mục', 'cannot write the split output: the path is a file, not a folder'),
      { file: dir },
    );
  if (kind === 'full') {
    throw new DataError(
      say('không ghi được các tệp của --split: thư mục không trống', 'cannot write the split output: the folder is not empty'),
      { file: dir },
      say(
        'nêu một thư mục mới hoặc trống; chiso không ghi tệp mới lẫn với tệp cũ',
        'name a new or an empty folder; chiso does not mix new files with old ones',
      ),
    );
  }
}

/**
 * Writes every file of a split output or none: into a new temporary folder beside DIR, then
 * renamed to DIR (an empty DIR is replaced), so a failure midway leaves nothing behind.
 */
export function writeSplit(dir: string, files: SplitFile[]): void {
  checkSplitDir(dir);
  const temp = join(dirname(dir), `.${basename(dir).slice(0, 200)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    mkdirSync(temp);
    for (const f of files) writeFileSync(join(temp, f.name), f.contents, { flag: 'wx' });
    try {
      rmdirSync(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    renameSync(temp, dir);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e instanceof DataError ? e : splitError(dir, e);
  }
}

function splitError(dir: string, e: unknown): DataError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code ?? String(e);
  return new DataError(say(`không ghi được các tệp của --split (${why})`, `cannot write the split output (${why})`), { file: dir });
}
