import { InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../../i18n/view.js';
import { helpText } from './help-text.js';
import { DEFAULT_COUNT } from './option-values.js';

/** Output formats every command offers. */
export const FORMATS = ['table', 'json', 'csv', 'md', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

/** The benchmark names accepted on the command line (`province:NAME` and `rank:K` take a value). */
export const BENCHMARK_KINDS = ['median', 'mean', 'top-quartile', 'best', 'region', 'national', 'province:NAME', 'rank:K'] as const;

/** The one rule every command uses for its default year (see src/analysis/scope.ts). */
export function yearHelp(lang: Lang): string {
  return helpText(lang)(
    'năm của chỉ số (mặc định: với từng chỉ số, năm gần nhất có thứ lệnh hiển thị — hạng, điểm hay điểm các chỉ số thành phần — của tỉnh được nêu, nếu có)',
    'index year (default: per index, the latest year that has what the command shows: ranks, scores or component values, for the province where one is named)',
  );
}

/** `--province NAME`; the default comes from CHISO_PROVINCE, else Quảng Trị (resolved by the CLI). */
export function provinceOption(lang: Lang): Option {
  const t = helpText(lang);
  return new Option(
    '--province <name>',
    t(
      'tỉnh, thành phố, viết thế nào cũng được: có dấu, không dấu, viết tắt (mặc định: CHISO_PROVINCE, không có thì Quảng Trị)',
      'province, any spelling (default: CHISO_PROVINCE, else Quảng Trị)',
    ),
  );
}

/** `--year Y`, with the shared default rule. */
export function yearOption(lang: Lang): Option {
  return new Option('--year <year>', yearHelp(lang));
}

/** `--index ID` for commands on one index (default pci), or `--index IDS` for several (default all); `extra` adds to the list's help. */
export function indexOption(lang: Lang, kind: 'one' | 'list', extra = ''): Option {
  const t = helpText(lang);
  return kind === 'one'
    ? new Option('--index <id>', t('chỉ số: pci, papi, par-index hoặc sipas', 'index: pci, papi, par-index or sipas')).default('pci')
    : new Option(
        '--index <ids>',
        t(
          `các chỉ số, cách nhau bằng dấu phẩy: pci, papi, par-index, sipas${extra} (mặc định: cả bốn)`,
          `indices, comma-separated: pci, papi, par-index, sipas${extra} (default: all)`,
        ),
      );
}

/** `--benchmark B` (default median). */
export function benchmarkOption(lang: Lang): Option {
  const t = helpText(lang);
  const kinds = BENCHMARK_KINDS.join(', ').replace('NAME', t('TÊN', 'NAME'));
  return new Option('--benchmark <b>', `${t('mốc so sánh', 'benchmark')}: ${kinds}`).default('median');
}

/** `--departments FILE`. */
export function departmentsOption(lang: Lang): Option {
  const t = helpText(lang);
  return new Option(
    '--departments <file>',
    t('tệp phân công sở, ngành dùng thay cho data/departments.csv', 'department mapping to use instead of data/departments.csv'),
  );
}

/** `--targets FILE` (report, proposals). */
export function targetsOption(lang: Lang): Option {
  const t = helpText(lang);
  return new Option(
    '--targets <file>',
    t(
      'tệp chỉ tiêu (như của chiso targets): đối chiếu chỉ tiêu của tỉnh với dữ liệu',
      "targets file (as for chiso targets): show the province's targets against the data",
    ),
  );
}

/** `--as-of DATE`: the day whose department assignments apply, independently of the data year. */
export function asOfOption(lang: Lang): Option {
  const t = helpText(lang);
  return new Option(
    '--as-of <date>',
    t(
      'ngày áp dụng phân công sở, ngành, YYYY-MM-DD hoặc DD/MM/YYYY (mặc định: hôm nay), không phụ thuộc năm dữ liệu',
      'date of the department assignments, YYYY-MM-DD or DD/MM/YYYY (default: today), independent of the data year',
    ),
  );
}

/** `-n COUNT` (a whole number ≥ 1); `what` is its help, already in the command's language. */
export function countOption(what: string, fallback = DEFAULT_COUNT): Option {
  return new Option('-n <count>', what).default(fallback);
}

/** `--output FILE`; `what` names the output in `lang` ("báo cáo", "report"). */
export function outputOption(lang: Lang, what: string): Option {
  const t = helpText(lang);
  return new Option(
    '--output <file>',
    t(`ghi ${what} vào tệp FILE (trọn vẹn hoặc không ghi gì) thay vì ra stdout`, `write the ${what} to FILE (whole or not at all) instead of stdout`),
  );
}

/** `--excel`, `--headers`, `--table`: options of the CSV and xlsx output, on every command that writes them. */
export function dataOutputOptions(lang: Lang): Option[] {
  const t = helpText(lang);
  return [
    new Option(
      '--excel',
      t(
        'CSV cho Excel cài tiếng Việt: có BOM UTF-8, phân cách bằng ";", dấu phẩy thập phân, xuống dòng CRLF',
        'CSV for Excel in a Vietnamese locale: UTF-8 BOM, ";" delimiter, decimal comma, CRLF',
      ),
    ),
    choiceOption(
      new Option(
        '--headers <kind>',
        t('tiêu đề cột của CSV và xlsx: mã cố định hoặc nhãn theo ngôn ngữ', 'CSV and xlsx headers: stable codes, or localised labels'),
      ),
      ['codes', 'labels'],
    ).default('codes'),
    new Option(
      '--table <name>',
      t(
        'bảng ghi ra CSV, với lệnh có nhiều bảng (mặc định: bảng chính của lệnh; xlsx có đủ các bảng)',
        "the table CSV writes, for commands with several (default: the command's main table; xlsx has them all)",
      ),
    ),
  ];
}

/** The --format option with the given choices (any case: `--format JSON`). */
export function formatOption(lang: Lang, choices: readonly string[] = FORMATS, fallback = 'table'): Option {
  return choiceOption(new Option('--format <format>', helpText(lang)('định dạng đầu ra', 'output format')), choices).default(fallback);
}

/** Restricts an option to `choices`, matched in any case, and listed in --help like commander's own choices. */
export function choiceOption(option: Option, choices: readonly string[]): Option {
  return option.choices(choices).argParser((value: string) => {
    const found = choices.find((c) => c.toLowerCase() === value.trim().toLowerCase());
    if (found === undefined) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return found;
  });
}
