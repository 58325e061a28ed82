import { existsSync, statSync } from 'node:fs';
import { DataError } from '../model/errors.js';
import { say } from '../model/text.js';
import { BUNDLED_DATA_DIR } from './paths.js';

/** The data folder: `--data`, else CHISO_DATA, else the bundled data (checked to exist unless `missingOk`). */
export function resolveDataDir(option: string | undefined, env: string | undefined, missingOk = false): string {
  const dir = option ?? (env || undefined) ?? BUNDLED_DATA_DIR;
  if (!missingOk && (!existsSync(dir) || !statSync(dir).isDirectory())) {
    throw new DataError(
      say('không tìm thấy thư mục dữ liệu', 'data folder not found'),
      { file: dir },
      option ? say('kiểm tra --data', 'check --data') : say('kiểm tra biến môi trường CHISO_DATA', 'check the CHISO_DATA environment variable'),
    );
  }
  return dir;
}
