import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A raw control character a terminal would act on (anything but newline): C0, DEL, C1. */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** A fresh copy of a fixture data folder in a temp dir, so that a test can plant hostile files in it. */
export function tempCopy(from: string, prefix = 'chiso-hostile-'): string {
  const dir = join(mkdtempSync(join(tmpdir(), prefix)), 'data');
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Replaces text in a file of a temp copy. */
export function edit(path: string, from: string | RegExp, to: string): void {
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit: ${String(from)} not found in ${path}`);
  writeFileSync(path, after);
}

/** Small synthetic data folders to copy. */
export const GAPS_DATA = 'test/fixtures/synthetic-gaps/data';
