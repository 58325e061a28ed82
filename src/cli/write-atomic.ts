import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DataError } from '../model/errors.js';

/**
 * Writes a whole file or nothing: the text goes to a temporary file beside the target, which is
 * then renamed over it, so a failure never leaves a half-written report behind.
 */
export function writeFileAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError(`cannot write the output file (${code ?? String(e)})`, { file: path });
  }
}
