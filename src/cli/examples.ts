import type { Lang } from '../i18n/view.js';
import { helpText } from '../commands/shared/help-text.js';

/**
 * Two or three examples per command for its `-h`, the first the everyday use. They are command
 * lines, the same in both languages; test/cli/help.test.ts runs every one of them.
 */
export const EXAMPLES: Record<string, string[]> = {
  report: ['chiso', 'chiso report "Quảng Trị" --lang en', 'chiso report --province "Đà Nẵng" --format md --output bao-cao.md'],
  proposals: ['chiso proposals', 'chiso proposals "Quảng Trị" --format md --output de-xuat.md'],
  ranks: ['chiso ranks --index pci --year 2022', 'chiso ranks --index "PAR INDEX" --format json | jq ".rows[0]"', 'chiso ranks --index papi --top 10'],
  changes: ['chiso changes --index pci', 'chiso changes "Quảng Trị" --index papi --format csv'],
  trend: ['chiso trend "Quang Tri"', 'chiso trend HCM --index pci,papi'],
  gaps: ['chiso gaps --index pci', 'chiso gaps "Đà Nẵng" --index pci --year 2016 --benchmark best'],
  weakest: ['chiso weakest', 'chiso weakest --index papi -n 5 --by gap'],
  simulate: ['chiso simulate --index pci --year 2021 --set transparency=+0.5', 'chiso simulate Huế --index pci --year 2021 --set land_access=7'],
  target: ['chiso target --index pci --year 2021 --rank 30', 'chiso target "Quảng Trị" --index pci --year 2021 --score 66 --cap best'],
  targets: ['chiso targets chi-tieu.csv', 'chiso targets chi-tieu.csv --year 2021 --format github'],
  departments: ['chiso departments', 'chiso departments --department "Sở Tài chính" --format md'],
  datasets: ['chiso datasets', 'chiso datasets --index sipas --format json'],
  validate: ['chiso validate', 'chiso validate --data ./du-lieu-moi --strict', 'chiso validate --format github'],
  diff: ['chiso diff du-lieu-cu du-lieu-moi', 'chiso diff du-lieu-cu du-lieu-moi --fail-on revised --format github'],
  import: ['chiso import PCI_2016.xlsx --dry-run', 'chiso import PCI_2023_data.xlsx --data ./du-lieu-moi --force'],
};

/** Each exit code with what it means, and the command it belongs to (none: every command). */
const EXIT_LINES: { code: number; command?: string; vi: string; en: string }[] = [
  { code: 0, vi: 'thành công', en: 'ok' },
  { code: 1, vi: 'lỗi khi chạy (dữ liệu đầu vào không đọc được hoặc sai định dạng)', en: 'runtime error (unreadable or malformed input data)' },
  { code: 2, vi: 'lỗi cách dùng (lệnh, tùy chọn hoặc giá trị không hợp lệ)', en: 'usage error (unknown command, option or value)' },
  { code: 3, command: 'validate', vi: 'bộ dữ liệu không qua kiểm tra (chiso validate)', en: 'dataset failed validation (chiso validate)' },
  { code: 4, command: 'targets', vi: 'có chỉ tiêu không đạt (chiso targets)', en: 'a target was missed (chiso targets)' },
  {
    code: 5,
    command: 'diff',
    vi: 'bộ dữ liệu thay đổi như --fail-on nêu (chiso diff --fail-on revised|any)',
    en: 'the dataset changed as --fail-on says (chiso diff --fail-on revised|any)',
  },
];

/** The exit codes: all of them for the program, a command's own and the common ones for a command. */
export function exitCodes(lang: Lang, command?: string): string {
  const lines = EXIT_LINES.filter((l) => command === undefined || l.command === undefined || l.command === command);
  return `${helpText(lang)('Mã thoát:', 'Exit codes:')}\n${lines.map((l) => `  ${l.code}  ${l[lang]}`).join('\n')}`;
}

/** The help text after a command's options: its examples, then its exit codes. */
export function helpAfter(name: string, lang: Lang): string {
  const examples = EXAMPLES[name] ?? [];
  const title = helpText(lang)('Ví dụ:', 'Examples:');
  return `\n${examples.length > 0 ? `${title}\n${examples.map((e) => `  $ ${e}`).join('\n')}\n\n` : ''}${exitCodes(lang, name)}`;
}
