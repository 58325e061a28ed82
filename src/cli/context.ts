import { Option, type Command } from 'commander';
import type { CommandEnv, CommonFlags, Output } from '../commands/shared/command-def.js';
import { LANGS, makeView, type Lang } from '../i18n/view.js';
import { choiceOption } from '../commands/shared/options.js';
import { helpText } from '../commands/shared/help-text.js';
import { resolveDataDir } from '../load/data-dir.js';
import { UsageError } from '../model/errors.js';
import { DEFAULT_PROVINCE } from '../model/province-series.js';
import { MAX_DECIMALS } from '../model/round-number.js';
import { inLang, say } from '../model/text.js';
import { colorEnabled, localToday, type Io } from './io.js';
import { requestedLang } from './lang.js';

/** Options set on the program, valid before or after the command name. */
export interface Globals {
  data?: string;
  lang: Lang;
  color: boolean;
  debug?: boolean;
  wide?: boolean;
}

/** What command wiring needs: the process, the global options, and a way to print a result. */
export class CliContext {
  exitCode = 0;

  constructor(readonly io: Io) {}

  /** The global options as seen from a (sub)command. */
  globals(cmd: Command): Globals {
    const g = cmd.optsWithGlobals() as Globals;
    // CHISO_LANG applies when --lang is not given (commander's own .env() would read process.env, not the Io's):
    // the rule of requestedLang, with no --lang to read.
    if (cmd.getOptionValueSourceWithGlobals('lang') === 'default') return { ...g, lang: requestedLang([], this.io.env) };
    return g;
  }

  /** What a command needs from the process: the data folder (--data, CHISO_DATA, bundled), the default province, today's date. */
  env(cmd: Command, missingOk = false): CommandEnv {
    const env = this.io.env;
    return {
      dataDir: resolveDataDir(this.globals(cmd).data, env.CHISO_DATA, missingOk),
      args: cmd.args,
      province: (option) => option ?? (env.CHISO_PROVINCE || DEFAULT_PROVINCE),
      today: this.io.today ?? localToday(),
    };
  }

  /**
   * Prints a command's output in the chosen format: JSON from the result, the rest from its document.
   * With `--output FILE` the text goes to that file instead, written whole or not at all, without
   * colour, and one line on stderr says where it went; `--output -` is stdout.
   */
  async emit(output: Output, flags: CommonFlags, cmd: Command): Promise<void> {
    const { lang, color, wide } = this.globals(cmd);
    if (output.split) {
      const count = await (await import('./printable.js')).writeParts(output, flags.format, lang);
      return void this.io.stderr(`chiso: ${inLang(say(`đã ghi ${count} tệp vào ${output.split.dir}`, `wrote ${count} files to ${output.split.dir}`), lang)}\n`);
    }
    const file = flags.output === '-' ? undefined : flags.output;
    const printed = await this.render(output, flags, lang, file === undefined && color, wide === true, cmd);
    if (output.exitCode !== undefined) this.exitCode = output.exitCode;
    if (printed instanceof Uint8Array && file === undefined && this.io.isTTY) {
      throw new UsageError(
        say(
          `--format ${flags.format} tạo tệp nhị phân: thêm --output TỆP (hoặc chuyển sang lệnh khác bằng |)`,
          `--format ${flags.format} is a binary file: add --output FILE (or pipe it)`,
        ),
      );
    }
    if (file === undefined) {
      // A command whose output is a report on what it did (import) says it on stderr.
      if (output.toStderr && !(printed instanceof Uint8Array)) this.io.stderr(whole(printed));
      else if (typeof printed === 'function') printed((piece) => this.io.stdout(piece));
      else if (Array.isArray(printed)) for (const piece of printed) this.io.stdout(piece);
      else this.io.stdout(printed);
      return;
    }
    const { writeFileAtomic } = await import('./write-atomic.js');
    writeFileAtomic(file, printed instanceof Uint8Array ? printed : whole(printed));
    this.io.stderr(`chiso: ${inLang(say(`đã ghi ${file}`, `wrote ${file}`), lang)}\n`);
  }

  /** Width of table output: COLUMNS when set (a user's explicit choice), else the terminal's, else 100 (see main.ts). */
  width(): number {
    const cols = Number(this.io.env.COLUMNS);
    return Number.isInteger(cols) && cols > 0 ? cols : this.io.columns;
  }

  /** The output as text (or pieces of text, written in order, or a writer of them), or as bytes for the binary formats (Word, Excel). */
  private async render(output: Output, flags: CommonFlags, lang: Lang, color: boolean, wide: boolean, cmd: Command): Promise<Printed> {
    const format = flags.format;
    if (format === 'html' || format === 'docx') return (await import('./printable.js')).renderPrintable(format, output, lang);
    // Two pieces, not one string: joining the newline on would copy a JSON of hundreds of MB; beyond
    // WHOLE_VALUES values the JSON is written in pieces as it is made, never held whole (json-writer.ts).
    if (format === 'json') {
      const decimals = output.decimals?.() ?? MAX_DECIMALS;
      const whole = (await import('../model/sanitize.js')).jsonTextUpTo(output.result, decimals, WHOLE_VALUES);
      if (whole !== undefined) return [whole, '\n'];
      const { writeJson } = await import('./json-writer.js');
      return (sink) => {
        writeJson(output.result, sink, decimals);
        sink('\n');
      };
    }
    // Decimals are worked out only here, for the formats that print raw numbers.
    if ((format === 'csv' || format === 'xlsx') && output.tables) return (await import('./data-output.js')).renderDataTables(output, flags, lang, cmd);
    const excel = flags.excel === true;
    const own = await output.text?.(format, makeView(lang, true), wide ? Infinity : this.width());
    if (own !== undefined) return excel && format === 'csv' ? (await import('../render/render-csv.js')).excelCsv(own) : own;
    const doc = await output.doc(makeView(lang, format === 'csv'));
    if (format === 'csv') return (await import('../render/render-csv.js')).renderCsv(doc, excel);
    if (format === 'md') return (await import('../render/render-markdown.js')).renderMarkdown(doc);
    const { renderTable, terminalStyles } = await import('../render/render-table.js');
    return renderTable(doc, await terminalStyles(colorEnabled(this.io, color)), this.width(), wide);
  }
}

/** The --lang option (global), its help in `lang`. */
export function langOption(lang: Lang): Option {
  const t = helpText(lang);
  const help = t('ngôn ngữ của kết quả và trợ giúp, cũng đặt được bằng biến CHISO_LANG', 'language of the output and help, also set by CHISO_LANG');
  return choiceOption(new Option('--lang <lang>', help), LANGS).default('vi');
}

/** Values (members and items) of a result up to which its JSON is made whole (`changes` at 10⁶ values has 3.6·10⁵, at 10⁷ 10⁷). */
const WHOLE_VALUES = 1 << 19;

/** What a format gives: text, pieces of text, a writer of pieces (to a sink, in order), or bytes. */
type Printed = string | string[] | ((sink: (piece: string) => void) => void) | Uint8Array;

function whole(text: Exclude<Printed, Uint8Array>): string {
  if (typeof text === 'function') {
    const pieces: string[] = [];
    text((piece) => pieces.push(piece));
    return pieces.join('');
  }
  return Array.isArray(text) ? text.join('') : text;
}
