import { CommanderError } from 'commander';
import { DataError, EXIT, formatLocation, UsageError } from '../model/errors.js';
import { messageLine, terminalText } from '../model/sanitize.js';
import { CliContext } from './context.js';
import type { Lang } from '../i18n/view.js';
import { requestedLang } from './lang.js';
import { inLang } from '../model/text.js';
import { pieces, type Io } from './io.js';
import { directStdout, writeFailed } from './stdout.js';
import { hintLabel, internalError } from './error-text.js';
import { UnknownProvinceError } from '../model/province-series.js';
import { buildProgram, declare, neitherError, valuedOptions, withDefaultCommand } from './program.js';

/** The command run when none is named. */
export const DEFAULT_COMMAND = 'report';

/** Runs chiso with the given arguments (without "node chiso") and returns the exit code. */
export async function run(argv: string[], given: Io): Promise<number> {
  // Nothing on stderr is meant to drive the terminal (no colour there), yet commander echoes argv
  // and messages quote data: every stderr line goes through the sanitiser, whoever wrote it.
  const io: Io = { ...given, stderr: (text) => given.stderr(terminalText(text)) };
  const ctx = new CliContext(io);
  const lang = requestedLang(argv, io.env);
  const program = buildProgram(ctx, io, lang);
  const commands = program.commands.map((c) => c.name());
  const fallback = program.commands.filter((c) => c.name() === DEFAULT_COMMAND);
  declare(fallback);
  let bare: string | undefined;
  try {
    const parsed = withDefaultCommand(argv, commands, DEFAULT_COMMAND, valuedOptions(fallback[0]));
    bare = parsed.bare;
    // A call of one command needs only that one declared (when commander reaches it); help lists all.
    if (!commands.includes(parsed.args[0]!) || parsed.args[0] === 'help') declare(program.commands);
    await program.parseAsync(parsed.args, { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    // `chiso xyz`: xyz was tried as the report's province; it is neither that nor a command.
    const neither = bare !== undefined && e instanceof UnknownProvinceError && e.given === bare;
    return report(neither ? neitherError(bare!, commands, e.suggestions) : e, io, argv.includes('--debug'), lang);
  }
}

/**
 * Maps an error to its one-line message (plus hint) and exit code; stack traces only with --debug.
 * Messages may quote the data, so each line is passed through the sanitiser: one line, control
 * characters shown escaped, bounded in length.
 */
function report(e: unknown, io: Io, debug: boolean, lang: Lang): number {
  if (e instanceof CommanderError) {
    // Commander has already printed its message (through configureOutput).
    return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (e instanceof UsageError || e instanceof DataError) {
    const where = e instanceof DataError && e.location ? ` (${formatLocation(e.location)})` : '';
    io.stderr(`chiso: ${messageLine(inLang(e.text, lang))}${messageLine(where)}\n`);
    if (e.hint) io.stderr(`  ${hintLabel(lang)}: ${messageLine(inLang(e.hint, lang))}\n`);
    return e instanceof UsageError ? EXIT.usage : EXIT.runtime;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  const [what, hint] = internalError(messageLine(err.message), lang);
  io.stderr(`chiso: ${what}\n`);
  io.stderr(debug ? `${err.stack}\n` : `  ${hintLabel(lang)}: ${hint}\n`);
  return EXIT.runtime;
}

/** Entry point of bin/chiso.cjs: real stdout/stderr (a failed write: writeFailed), exit code set on the process. */
export async function main(): Promise<void> {
  const failed = writeFailed(requestedLang(process.argv.slice(2), process.env));
  const direct = directStdout(failed);
  if (!direct) process.stdout.on('error', failed);
  const write = direct ?? ((chunk: string | Uint8Array) => void process.stdout.write(chunk));
  const io: Io = {
    stdout: (text) => {
      if (typeof text !== 'string') return write(text);
      for (const piece of pieces(text)) write(piece);
    },
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    isTTY: !direct && Boolean(process.stdout.isTTY),
    // A pipe has no width: 100 keeps tables readable in a pager or a file.
    columns: (!direct && process.stdout.columns) || 100,
  };
  process.exitCode = await run(process.argv.slice(2), io);
}
