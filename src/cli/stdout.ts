import { fstatSync, writeSync } from 'node:fs';
import type { Lang } from '../i18n/view.js';
import { writeError } from './io.js';
import { EXIT } from '../model/errors.js';

/**
 * A writer straight to file descriptor 1 when standard output is certainly not a terminal (a pipe,
 * a file, a socket, /dev/null): Node's `process.stdout` costs 3–6 ms to create (its stream classes,
 * and tty for a terminal), a tenth of a call for help. Undefined: use `process.stdout`.
 */
export function directStdout(onError: (err: NodeJS.ErrnoException) => void): ((chunk: string | Uint8Array) => void) | undefined {
  if (!notTerminal()) return undefined;
  let stream = false; // once a write would block, the rest goes through process.stdout, in order
  let failed = false; // after a failed write nothing more is written (the stream's 'error' comes once too)
  return (chunk) => {
    if (failed) return;
    if (stream) return void process.stdout.write(chunk);
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let done = 0; done < bytes.length;) {
      try {
        done += writeSync(1, bytes, done);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (err.code !== 'EAGAIN') {
          failed = true;
          return onError(err);
        }
        // A non-blocking pipe that is full (its mode is shared with the process that made it): the
        // stream waits for it, and Node does not exit before the stream has written everything.
        stream = true;
        process.stdout.on('error', onError);
        return void process.stdout.write(bytes.subarray(done));
      }
    }
  };
}

/** Whether fd 1 is a pipe, a file, a socket, or one of Linux's memory devices (major 1: /dev/null, /dev/full). */
function notTerminal(): boolean {
  try {
    const s = fstatSync(1);
    return s.isFIFO() || s.isFile() || s.isSocket() || (process.platform === 'linux' && s.isCharacterDevice() && s.rdev >> 8 === 1);
  } catch {
    return false; // no fd 1, or not one fstat knows: the stream decides
  }
}

/**
 * What a failed write to standard output does: a closed pipe ends quietly; anything else (a full disk,
 * `> /dev/full`, an I/O error) is one line on stderr in `lang` and exit 1, never a stack trace.
 */
export function writeFailed(lang: Lang): (err: NodeJS.ErrnoException) => void {
  return (err) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok);
    process.stderr.write(writeError(err, lang), () => process.exit(EXIT.runtime));
  };
}
