import { run } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

/** The "today" of in-process runs, so that no test depends on the real date (--as-of's default). */
export const TEST_TODAY = '2026-12-01';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs chiso in-process with colour off, a 120-column terminal, today pinned to TEST_TODAY and no
 * CHISO_* variables, unless the caller says otherwise.
 */
export async function runCli(args: string[], overrides: Partial<Io> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: {},
    isTTY: false,
    columns: 120,
    today: TEST_TODAY,
    ...overrides,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
