import { Command, Option } from 'commander';
import { UsageError } from '../model/errors.js';
import { editDistance } from '../model/provinces.js';
import { quote } from '../model/sanitize.js';
import { say } from '../model/text.js';
import type { Lang } from '../i18n/view.js';
import { commanderError } from './error-text.js';
import { COMMANDS } from '../commands/registry.js';
import type { CommonFlags } from '../commands/shared/command-def.js';
import { dataOutputOptions, outputOption } from '../commands/shared/options.js';
import { packageVersion } from '../load/paths.js';
import { langOption, type CliContext } from './context.js';
import { exitCodes, helpAfter } from './examples.js';
import { helpConfiguration } from './help.js';
import { helpText } from '../commands/shared/help-text.js';
import type { Io } from './io.js';

/** The program's help after its commands: where the data comes from, then every exit code. */
function helpAfterProgram(lang: Lang): string {
  const data = helpText(lang)(
    `Dữ liệu: bộ dữ liệu kèm theo, hoặc --data DIR / CHISO_DATA có cùng cấu trúc
(<index>/<year>.csv và các tệp định nghĩa nếu có; xem data/README.md).`,
    `Data: the bundled datasets, or --data DIR / CHISO_DATA with the same layout
(<index>/<year>.csv plus optional definition files; see data/README.md).`,
  );
  return `\n${data}\n\n${exitCodes(lang)}`;
}

/** Builds the command line, its help in `lang`: global options, then every command of the registry (each loads its code lazily). */
export function buildProgram(ctx: CliContext, io: Io, lang: Lang = 'vi'): Command {
  const t = helpText(lang);
  const help = t('hiện trợ giúp của lệnh', 'display help for command');
  const program = new Command('chiso')
    .description(
      t(
        'Các chỉ số quản trị cấp tỉnh của Việt Nam (PCI, PAPI, PAR INDEX, SIPAS): thứ hạng, chênh lệch và sở, ngành phụ trách từng chỉ số thành phần yếu',
        'Provincial governance indices of Vietnam (PCI, PAPI, PAR INDEX, SIPAS): ranks, gaps, and the department that owns each weak component',
      ),
    )
    .option(
      '--data <dir>',
      t('thư mục dữ liệu (mặc định: CHISO_DATA, không có thì dùng dữ liệu kèm theo)', 'data folder (default: CHISO_DATA, else the bundled data)'),
    )
    .addOption(langOption(lang))
    .option('--no-color', t('không tô màu (tương đương NO_COLOR=1; FORCE_COLOR=1 buộc tô màu)', 'no colour (also NO_COLOR=1; FORCE_COLOR=1 forces it)'))
    .option('--wide', t('giữ bảng đủ rộng thay vì thu lại cho vừa cửa sổ dòng lệnh', 'keep tables at their full width instead of fitting them to the terminal'))
    .addOption(new Option('--debug', t('hiện vết ngăn xếp (stack trace) khi có lỗi nội bộ', 'show stack traces of internal errors')))
    .version(packageVersion(), '-V, --version', t('in số phiên bản của chiso', 'print the version of chiso'))
    .helpOption('-h, --help', help)
    .helpCommand('help [command]', help)
    .addHelpText('after', helpAfterProgram(lang))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      // Commander's own defaults ask process.stdout, which a call writing straight to fd 1 never creates.
      getOutHelpWidth: () => io.columns,
      getOutHasColors: () => io.isTTY,
      outputError: (s, write) => write(commanderError(s, lang)),
    })
    .configureHelp(helpConfiguration(lang, Math.min(ctx.width(), 100)));

  // A command is declared (description, options, help) when commander dispatches to it, or when a
  // help lists them all (declare): declaring all seventeen on every call cost a few ms of CPU.
  program.hook('preSubcommand', (_program, sub) => declare([sub]));
  for (const def of COMMANDS) {
    const cmd = program.command(def.name);
    cmd.exitOverride().configureOutput(program.configureOutput());
    PENDING.set(cmd, () => declareCommand(cmd, def, ctx, lang));
  }
  return program;
}

/** The declaration of each command not declared yet. */
const PENDING = new WeakMap<Command, () => void>();

/** Declares these commands now, if not yet: the default command, whose options are read before parsing, or all of them for the help's list. */
export function declare(commands: readonly Command[]): void {
  for (const cmd of commands) {
    PENDING.get(cmd)?.();
    PENDING.delete(cmd);
  }
}

function declareCommand(cmd: Command, def: (typeof COMMANDS)[number], ctx: CliContext, lang: Lang): void {
  const t = helpText(lang);
  def.declare(cmd, lang);
  const formats = cmd.options.find((o) => o.long === '--format')?.argChoices ?? [];
  if (formats.includes('csv') || formats.includes('xlsx')) for (const o of dataOutputOptions(lang)) cmd.addOption(o);
  // A binary format needs somewhere to go besides a pipe.
  if (formats.includes('xlsx') && !cmd.options.some((o) => o.long === '--output')) cmd.addOption(outputOption(lang, t('kết quả', 'output')));
  // The province may also come first, as a word: `chiso trend "Quảng Trị"` = `chiso trend --province "Quảng Trị"`
  // (not on commands with operands of their own: chiso targets FILE, chiso diff OLD NEW).
  const positional = cmd.options.some((o) => o.long === '--province') && cmd.registeredArguments.length === 0;
  if (positional) cmd.argument(t('[tỉnh]', '[province]'), t('tỉnh, như --province', 'province, as --province'));
  cmd.addHelpText('after', helpAfter(def.name, lang));
  cmd.action(async (...args: unknown[]) => {
    const self = args[args.length - 1] as Command;
    const flags = self.opts<CommonFlags & { province?: string }>();
    const word = positional ? (args[0] as string | undefined) : undefined;
    if (word !== undefined && flags.province !== undefined && word !== flags.province) {
      throw new UsageError(
        say(`có hai tỉnh: "${word}" và --province "${flags.province}"`, `two provinces given: "${word}" and --province "${flags.province}"`),
        say('chỉ nêu một tỉnh', 'name one'),
      );
    }
    if (word !== undefined) flags.province = word;
    await ctx.emit(await def.execute(flags as never, ctx.env(self, def.missingDataOk)), flags, self);
  });
}

/** Global options that take a value, so that the value is not mistaken for a command name. */
const VALUED_GLOBALS = new Set(['--data', '--lang']);

/**
 * Puts the default command in when argv names none (`chiso`, `chiso --lang en`), or when its first
 * word is not a command: `chiso "Quảng Trị"` = `chiso report "Quảng Trị"`. That word is returned as
 * `bare`, so that if it is no province either the error can suggest both a command and a province.
 */
export function withDefaultCommand(
  argv: string[],
  commands: string[],
  fallback: string,
  valued: ReadonlySet<string> = VALUED_GLOBALS,
): { args: string[]; bare?: string } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg.startsWith('-')) {
      if (VALUED_GLOBALS.has(arg) || valued.has(arg)) i++;
      if (arg === '-h' || arg === '--help' || arg === '-V' || arg === '--version') return { args: argv };
      continue;
    }
    if (commands.includes(arg) || arg === 'help') return { args: argv };
    return { args: [fallback, ...argv], bare: arg };
  }
  // First, so that the default command's own options (`chiso --format md`) reach it; global options are valid after a command name too.
  return { args: [fallback, ...argv] };
}

/** The error for a first word that is neither a command nor a province, with the nearest of each. */
export function neitherError(word: string, commands: string[], provinces: string[]): UsageError {
  const key = word.toLowerCase();
  const scored = commands.map((c) => ({ c, d: c.startsWith(key.slice(0, 3)) && key.length >= 3 ? 0 : editDistance(key, c) }));
  const best = Math.min(...scored.map((s) => s.d));
  const command = best <= Math.max(2, key.length / 3) ? scored.find((s) => s.d === best)!.c : undefined;
  const vi = [
    command ? `lệnh '${command}'` : 'một lệnh (chiso --help liệt kê các lệnh)',
    provinces.length > 0 ? `tỉnh ${provinces.join(' hoặc ')}` : 'một tỉnh (chiso ranks liệt kê các tỉnh)',
  ];
  const en = [
    command ? `the command '${command}'` : 'a command (chiso --help lists them)',
    provinces.length > 0 ? `the province ${provinces.join(' or ')}` : 'a province (chiso ranks lists them)',
  ];
  return new UsageError(
    say(`không có lệnh hay tỉnh nào tên ${quote(word)}`, `unknown command or province ${quote(word)}`),
    say(`có phải ý bạn là ${vi.join(', hoặc ')}?`, `did you mean ${en.join(', or ')}?`),
  );
}

/**
 * The flags of a command that take a value (`--province`, `-n`), so that `chiso --province X`
 * runs the default command for X instead of reading X as a command name.
 */
export function valuedOptions(cmd: Command | undefined): Set<string> {
  const flags = (cmd?.options ?? []).filter((o) => o.required || o.optional).flatMap((o) => [o.long, o.short]);
  return new Set(flags.filter((f): f is string => f !== undefined));
}
