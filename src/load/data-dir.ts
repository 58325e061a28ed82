import { existsSync, statSync } from 'node:fs';
import { DataError } from '../model/errors.js';
import { BUNDLED_DATA_DIR } from './paths.js';

/** The data folder: `--data`, else CHISO_DATA, else the bundled data (checked to exist unless `missingOk`). */
export function resolveDataDir(option: string | undefined, env: string | undefined, missingOk = false): string {
  const dir = option ?? (env || undefined) ?? BUNDLED_DATA_DIR;
  if (!missingOk && (!existsSync(dir) || !statSync(dir).isDirectory())) {
    throw new DataError('data folder not found', { file: dir }, option ? 'check --data' : 'check the CHISO_DATA environment variable');
  }
  return dir;
}
