import { run } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

/** The "today" of in-process runs, so that no test depends on the real date (--as-of's default). */
export const TEST_TODAY = '2026-12-01';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The bytes written to stdout (a binary format piped on). */
  bytes: Buffer;
}

/**
 * Runs chiso in-process with colour off, a 120-column terminal, today pinned to TEST_TODAY and no
 * CHISO_* variables, unless the caller says otherwise.
 */
export async function runCli(args: string[], overrides: Partial<Io> = {}): Promise<CliRun> {
  const chunks: Buffer[] = [];
  let stderr = '';
  const io: Io = {
    stdout: (t) => void chunks.push(Buffer.from(t)),
    stderr: (t) => void (stderr += t),
    env: {},
    isTTY: false,
    columns: 120,
    today: TEST_TODAY,
    ...overrides,
  };
  const code = await run(args, io);
  const bytes = Buffer.concat(chunks);
  const out = { code, stdout: bytes.toString('utf8'), stderr } as CliRun;
  // Not enumerable, so that tests comparing a whole run with toEqual see code, stdout and stderr only.
  Object.defineProperty(out, 'bytes', { value: bytes, enumerable: false });
  return out;
}
