import type { Command } from 'commander';
import type { Lang, View } from '../../i18n/view.js';
import type { DataTables } from '../../render/data-table.js';
import type { Doc } from '../../render/doc.js';
import type { PrintExtras } from '../../render/chart.js';

/**
 * What a command hands back to the CLI: its result object (the `--format json` contract) and a way
 * to draw that same result as a document for table, Markdown and CSV output (the view is loaded
 * only when a document is asked for).
 */
export interface Output<R = unknown> {
  result: R;
  doc: (view: View) => Promise<Doc>;
  /** The result as data tables, for CSV and xlsx (codes, numbers as numbers); without it CSV is drawn from the document. */
  tables?: (view: View) => Promise<DataTables>;
  /** Decimals of the numbers in JSON, CSV and xlsx (model/precision.ts outputDecimals; default MAX_DECIMALS). */
  decimals?: () => number;
  /** Exit code other than 0 that the result calls for (validate: 3 when the data failed). */
  exitCode?: number;
  /** The output is a report on what the command did: printed on stderr (import). */
  toStderr?: boolean;
  /** Text formats the command draws itself (validate's text and github annotations); `width`: the terminal's for wrapping (Infinity with --wide). */
  text?: (format: string, view: View, width: number) => Promise<string | undefined>;
  /** Charts and a page header for the printable formats (HTML, Word), loaded only for them. */
  print?: (view: View) => Promise<PrintExtras>;
  /** `--split DIR`: one document per part (a department), written into DIR all or nothing. */
  split?: { dir: string; parts: (view: View) => Promise<{ name: string; doc: Doc }[]> };
}

/** What a command needs from its surroundings, resolved by the CLI once. */
export interface CommandEnv {
  /** The data folder: --data, else CHISO_DATA, else the bundled data. */
  dataDir: string;
  /** Positional arguments of the command (chiso diff OLD NEW). */
  args: string[];
  /** The province to report on: the option, else CHISO_PROVINCE, else Quảng Trị. */
  province(option: string | undefined): string;
  /** Today as an ISO day, read by the CLI once: the default of --as-of. */
  today: string;
}

/** The flags every command has (declared by the command's own options). */
export interface CommonFlags {
  format: string;
  output?: string;
  /** CSV for a Vietnamese-locale Excel: BOM, `;`, decimal comma, CRLF. */
  excel?: boolean;
  /** CSV and xlsx headers: stable codes (default) or localised labels. */
  headers?: 'codes' | 'labels';
  /** Which data table CSV writes (default the command's main one). */
  table?: string;
}

/** One command: how it is declared on the command line, and how its flags become an output. */
export interface CommandDef<F extends CommonFlags = CommonFlags> {
  name: string;
  /** The command reports a missing data folder itself (validate) instead of the CLI stopping with exit 1. */
  missingDataOk?: boolean;
  /** Adds description and options to the commander command, their help in `lang`. */
  declare(cmd: Command, lang: Lang): void;
  /** Flags → options → open data → run → output (views and libraries loaded lazily). */
  execute(flags: F, env: CommandEnv): Promise<Output>;
}
