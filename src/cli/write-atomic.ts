import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DataError } from '../model/errors.js';
import { say, type Bilingual } from '../model/text.js';

/** What a failed write means to the user, by error code. */
const REASONS: Record<string, Bilingual> = {
  ENOENT: say('thư mục chứa tệp không tồn tại', 'its folder does not exist'),
  ENOTDIR: say('một phần của đường dẫn là tệp, không phải thư mục', 'a part of its path is a file, not a folder'),
  EISDIR: say('đường dẫn là một thư mục', 'it is a folder'),
  EACCES: say('không có quyền ghi', 'permission denied'),
  EPERM: say('không có quyền ghi', 'permission denied'),
  EROFS: say('hệ thống tệp chỉ cho đọc', 'the file system is read-only'),
  ENOSPC: say('thiết bị hết chỗ trống', 'no space left on the device'),
  EDQUOT: say('vượt hạn mức dung lượng đĩa', 'disk quota exceeded'),
  ENAMETOOLONG: say('tên tệp quá dài', 'the file name is too long'),
  EEXIST: say('đã có một tệp tạm trùng tên', 'a temporary file of that name already exists'),
  ELOOP: say('quá nhiều liên kết tượng trưng (symlink)', 'too many symbolic links'),
  EIO: say('lỗi vào/ra', 'input/output error'),
};

/**
 * Writes a whole file or nothing: the text goes to a new temporary file beside the target, created
 * exclusively under a random name (so a planted file or symlink is never followed), flushed to disk,
 * then renamed over the target, so a failure never leaves a half-written report behind. Every
 * failure is a one-line DataError naming the file.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  const temp = join(dirname(path), `.${shortened(basename(path))}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  let created = false;
  try {
    fd = openSync(temp, 'wx', 0o666);
    created = true;
    const bytes = typeof text === 'string' ? Buffer.from(text) : text;
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (e) {
    if (fd !== undefined) closeQuietly(fd);
    // Only a temporary file this call created is removed: with `wx`, a file already there is someone else's.
    if (created) removeQuietly(temp);
    const code = (e as NodeJS.ErrnoException).code;
    const why = code ?? String(e);
    throw new DataError(say(`không ghi được tệp kết quả (${why})`, `cannot write the output file (${why})`), { file: path }, code ? REASONS[code] : undefined);
  }
}

/** At most 200 bytes of a file name, so that the temporary name stays within the usual 255-byte limit. */
function shortened(name: string): string {
  let out = name;
  while (Buffer.byteLength(out) > 200) out = [...out].slice(0, -1).join('');
  return out;
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // As above: the first failure is what the user needs to see.
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // The write already failed; that error is the one to report.
  }
}
