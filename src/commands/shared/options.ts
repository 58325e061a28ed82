import { InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../../model/errors.js';
import { say, type Message } from '../../model/text.js';

/** Output formats every command offers. */
export const FORMATS = ['table', 'json', 'csv', 'md', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

/** The benchmark names accepted on the command line (`province:NAME` and `rank:K` take a value). */
export const BENCHMARK_KINDS = ['median', 'mean', 'top-quartile', 'best', 'region', 'national', 'province:NAME', 'rank:K'] as const;

/** The one rule every command uses for its default year (see src/analysis/scope.ts). */
export const YEAR_HELP =
  'index year (default: per index, the latest year that has what the command shows: ranks, scores or component values, for the province where one is named)';

/** `--province NAME`; the default comes from CHISO_PROVINCE, else Quảng Trị (resolved by the CLI). */
export function provinceOption(): Option {
  return new Option('--province <name>', 'province, any spelling (default: CHISO_PROVINCE, else Quảng Trị)');
}

/** `--year Y`, with the shared default rule. */
export function yearOption(): Option {
  return new Option('--year <year>', YEAR_HELP);
}

/** `--index ID` for commands on one index (default pci), or `--index IDS` for several (default all). */
export function indexOption(kind: 'one' | 'list', extra = ''): Option {
  return kind === 'one'
    ? new Option('--index <id>', 'index: pci, papi, par-index or sipas').default('pci')
    : new Option('--index <ids>', `indices, comma-separated: pci, papi, par-index, sipas${extra} (default: all)`);
}

/** `--benchmark B` (default median). */
export function benchmarkOption(): Option {
  return new Option('--benchmark <b>', BENCHMARK_KINDS.join(', ')).default('median');
}

/** `--departments FILE`. */
export function departmentsOption(): Option {
  return new Option('--departments <file>', 'department mapping to use instead of data/departments.csv');
}

/** `--targets FILE` (report, proposals). */
export function targetsOption(): Option {
  return new Option('--targets <file>', "targets file (as for chiso targets): show the province's targets against the data");
}

/** `--as-of DATE`: the day whose department assignments apply, independently of the data year. */
export function asOfOption(): Option {
  return new Option('--as-of <date>', 'date of the department assignments, YYYY-MM-DD or DD/MM/YYYY (default: today), independent of the data year');
}

/** Parses `--as-of` to an ISO day (YYYY-MM-DD or DD/MM/YYYY), `today` when absent; a usage error otherwise. */
export function asOfValue(value: string | undefined, today: string): string {
  if (value === undefined) return today;
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  const [y, mo, d] = m === null ? [] : v.includes('/') ? [m[3]!, m[2]!.padStart(2, '0'), m[1]!.padStart(2, '0')] : [m[1]!, m[2]!, m[3]!];
  const iso = `${y}-${mo}-${d}`;
  if (m === null || new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).toISOString().slice(0, 10) !== iso) {
    throw new UsageError(
      say(`--as-of phải là một ngày (YYYY-MM-DD hoặc DD/MM/YYYY), không phải "${value}"`, `--as-of must be a date (YYYY-MM-DD or DD/MM/YYYY), got "${value}"`),
    );
  }
  return iso;
}

/** `-n COUNT` (a whole number ≥ 1). */
export function countOption(what: string, fallback = '3'): Option {
  return new Option('-n <count>', what).default(fallback);
}

/** `--output FILE`. */
export function outputOption(what: string): Option {
  return new Option('--output <file>', `write the ${what} to FILE (whole or not at all) instead of stdout`);
}

/** `--excel`, `--headers`, `--table`: options of the CSV and xlsx output, on every command that writes them. */
export function dataOutputOptions(): Option[] {
  return [
    new Option('--excel', 'CSV for Excel in a Vietnamese locale: UTF-8 BOM, ";" delimiter, decimal comma, CRLF'),
    choiceOption(new Option('--headers <kind>', 'CSV and xlsx headers: stable codes, or localised labels'), ['codes', 'labels']).default('codes'),
    new Option('--table <name>', "the table CSV writes, for commands with several (default: the command's main table; xlsx has them all)"),
  ];
}

/** The --format option with the given choices (any case: `--format JSON`). */
export function formatOption(choices: readonly string[] = FORMATS, fallback = 'table'): Option {
  return choiceOption(new Option('--format <format>', 'output format'), choices).default(fallback);
}

/** Restricts an option to `choices`, matched in any case, and listed in --help like commander's own choices. */
export function choiceOption(option: Option, choices: readonly string[]): Option {
  return option.choices(choices).argParser((value: string) => {
    const found = choices.find((c) => c.toLowerCase() === value.trim().toLowerCase());
    if (found === undefined) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return found;
  });
}

/** Parses a whole number option, or throws a UsageError naming the option. */
export function intOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(say(`${name} phải là một số nguyên, không phải "${value}"`, `${name} must be a whole number, got "${value}"`));
  return Number(value);
}

/** Parses `-n` (at least 1). */
export function countValue(value: string): number {
  const n = intOption(value, '-n')!;
  if (n < 1) throw new UsageError(say('-n phải từ 1 trở lên', '-n must be at least 1'));
  return n;
}

/** Other spellings of the bundled index ids (after folding case, spaces and underscores to "-"); other data folders may define more ids, which the loader checks. */
const INDEX_ALIASES: Record<string, string> = { par: 'par-index', parindex: 'par-index' };

/** The single index a command works on (`--index pci`); a list is a usage error with `hint`. */
export function singleIndex(value: string | undefined, command: string, hint: Message = say('ví dụ: --index pci', 'e.g. --index pci')): string {
  const ids = indexList(value)!;
  if (ids.length !== 1) throw new UsageError(say(`chiso ${command} chỉ nhận một chỉ số`, `chiso ${command} takes one index`), hint);
  return ids[0]!;
}

/** Splits `--index pci,papi` into ids, in any case and spelling of the display name ("PAR INDEX", "par_index", "Papi"); undefined when absent. */
export function indexList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = value
    .split(',')
    .map((s) =>
      s
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '-'),
    )
    .filter(Boolean)
    .map((s) => INDEX_ALIASES[s] ?? s);
  if (ids.length === 0) throw new UsageError(say('--index cần ít nhất một mã chỉ số', '--index needs at least one index id'));
  return ids;
}
