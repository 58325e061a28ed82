import { run } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs chiso in-process with colour off, a 120-column terminal and no CHISO_* variables, unless
 * the caller says otherwise.
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
    ...overrides,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
