import { Option, type Command } from 'commander';
import type { Output } from '../commands/output.js';
import { UsageError } from '../errors.js';
import { LANGS, makeView, type Lang } from '../i18n/view.js';
import { resolveDataDir } from '../load/data-dir.js';
import { DEFAULT_PROVINCE } from '../load/resolve.js';
import { colorEnabled, type Io } from './io.js';

/** Output formats every command offers. */
export const FORMATS = ['table', 'json', 'csv', 'md'] as const;
export type Format = (typeof FORMATS)[number];

/** Options set on the program, valid before or after the command name. */
export interface Globals {
  data?: string;
  lang: Lang;
  color: boolean;
  debug?: boolean;
}

/** What command wiring needs: the process, the global options, and a way to print a result. */
export class CliContext {
  exitCode = 0;

  constructor(readonly io: Io) {}

  /** The global options as seen from a (sub)command. */
  globals(cmd: Command): Globals {
    return cmd.optsWithGlobals() as Globals;
  }

  /** The data folder chosen by --data or CHISO_DATA (bundled data otherwise). */
  dataDir(cmd: Command): string {
    return resolveDataDir(this.globals(cmd).data, this.io.env.CHISO_DATA);
  }

  /** The province to report on: --province, else CHISO_PROVINCE, else Quảng Trị. */
  provinceName(option: string | undefined): string {
    return option ?? (this.io.env.CHISO_PROVINCE || DEFAULT_PROVINCE);
  }

  /**
   * Prints a command's output in the chosen format: JSON from the result, the rest from its document.
   * With `outputFile` (`--output FILE`) the text goes to that file instead, written whole or not at
   * all, without colour, and one line on stderr says where it went.
   */
  async emit<R>(output: Output<R>, format: Format, cmd: Command, outputFile?: string): Promise<void> {
    const { lang, color } = this.globals(cmd);
    const text = await this.render(output, format, lang, outputFile === undefined && color);
    if (outputFile === undefined) {
      this.io.stdout(text);
      return;
    }
    const { writeFileAtomic } = await import('./write-atomic.js');
    writeFileAtomic(outputFile, text);
    this.io.stderr(`chiso: wrote ${outputFile}\n`);
  }

  private async render<R>(output: Output<R>, format: Format, lang: Lang, color: boolean): Promise<string> {
    if (format === 'json') return (await import('../render/sanitize.js')).jsonText(output.result) + '\n';
    const doc = output.doc(makeView(lang, format === 'csv'));
    if (format === 'csv') return (await import('../render/render-csv.js')).renderCsv(doc);
    if (format === 'md') return (await import('../render/render-markdown.js')).renderMarkdown(doc);
    return (await import('../render/render-table.js')).renderTable(doc, colorEnabled(this.io, color), this.io.columns);
  }
}

/** The --format option with the given choices. */
export function formatOption(choices: readonly string[] = FORMATS, fallback = 'table'): Option {
  return new Option('--format <format>', 'output format').choices(choices).default(fallback);
}

/** The --lang option (global). */
export function langOption(): Option {
  return new Option('--lang <lang>', 'language of labels').choices(LANGS).default('vi');
}

/** Parses a whole number option, or throws a UsageError naming the option. */
export function intOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} must be a whole number, got "${value}"`);
  return Number(value);
}
