/** Two or three examples per command for its `-h`, the first the everyday use. */
export const EXAMPLES: Record<string, string[]> = {
  report: ['chiso', 'chiso report "Quảng Trị" --lang en', 'chiso report --province "Đà Nẵng" --format md --output bao-cao.md'],
  proposals: ['chiso proposals', 'chiso proposals "Quảng Trị" --format md --output de-xuat.md'],
  ranks: ['chiso ranks --index pci --year 2022', 'chiso ranks --index "PAR INDEX" --format json | jq ".rows[0]"'],
  changes: ['chiso changes --index pci', 'chiso changes "Quảng Trị" --index papi --format csv'],
  trend: ['chiso trend "Quang Tri"', 'chiso trend HCM --index pci,papi'],
  gaps: ['chiso gaps --index pci', 'chiso gaps "Đà Nẵng" --index pci --year 2016 --benchmark best'],
  weakest: ['chiso weakest', 'chiso weakest --index papi -n 5 --by gap'],
  departments: ['chiso departments', 'chiso departments --department "Sở Kế hoạch và Đầu tư" --format md'],
  datasets: ['chiso datasets', 'chiso datasets --index sipas --format json'],
  validate: ['chiso validate', 'chiso validate --data ./du-lieu-moi --strict', 'chiso validate --format github'],
};

/** The exit codes, shown under every command's help. */
export const EXIT_CODES = `Exit codes:
  0  ok
  1  runtime error (unreadable or malformed input data)
  2  usage error (unknown command, option or value)
  3  dataset failed validation (chiso validate)
  4  a target was missed (chiso targets)
  5  the dataset changed as --fail-on says (chiso diff --fail-on revised|any)`;

/** The help text after a command's options: its examples, then the exit codes. */
export function helpAfter(name: string): string {
  const examples = EXAMPLES[name] ?? [];
  return `\n${examples.length > 0 ? `Examples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n\n` : ''}${EXIT_CODES}`;
}
