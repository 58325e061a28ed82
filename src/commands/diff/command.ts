import type { Lang } from '../../i18n/view.js';
import { helpText } from '../shared/help-text.js';
import { Option, type Command } from 'commander';
import { EXIT, UsageError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { formatOption, indexOption } from '../shared/options.js';
import { indexList } from '../shared/option-values.js';

interface DiffFlags extends CommonFlags {
  index?: string;
  year?: string;
  failOn?: string;
}

/** Parses `--year 2022` or `--year 2021,2022`. */
function yearList(value: string | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  const years = value.split(',').map((s) => s.trim());
  if (years.some((y) => !/^\d{4}$/.test(y)))
    throw new UsageError(say(`--year nhận các năm cách nhau bằng dấu phẩy, không phải "${value}"`, `--year takes years separated by commas, got "${value}"`));
  return years.map(Number);
}

/** `chiso diff OLD NEW`: what a dataset update changed; exit 5 with --fail-on when it changed that. */
export const diffCommand: CommandDef<DiffFlags> = {
  name: 'diff',
  declare(cmd: Command, lang: Lang) {
    const t = helpText(lang);
    cmd
      .description(
        t(
          'những gì thay đổi giữa hai thư mục dữ liệu: tệp năm, tỉnh, giá trị (cũ → mới, Δ), thứ hạng công bố và định nghĩa',
          'what changed between two data folders: year files, provinces, values (old → new, Δ), published ranks and definitions',
        ),
      )
      .argument(t('<cũ>', '<old>'), t('thư mục dữ liệu trước khi cập nhật', 'the data folder before the update'))
      .argument(t('<mới>', '<new>'), t('thư mục dữ liệu sau khi cập nhật', 'the data folder after the update'))
      .addOption(indexOption(lang, 'list'))
      .addOption(
        new Option('--year <years>', t('chỉ các năm này, cách nhau bằng dấu phẩy (mặc định: tất cả)', 'only these years, comma-separated (default: all)')),
      )
      .addOption(
        new Option(
          '--fail-on <what>',
          t(
            'mã thoát 5 khi một giá trị hay thứ hạng của thư mục cũ bị sửa (revised), hoặc khi có bất kỳ thay đổi nào (any)',
            'exit 5 when a value or rank of OLD was revised (revised), or on any change (any)',
          ),
        ).choices(['revised', 'any']),
      )
      .addOption(formatOption(lang, ['table', 'json', 'csv', 'md', 'github'], 'table'));
  },
  async execute(flags, env) {
    const [oldDir, newDir] = env.args;
    if (oldDir === undefined || newDir === undefined)
      throw new UsageError(say('chiso diff nhận hai thư mục dữ liệu: OLD NEW', 'chiso diff takes two data folders: OLD NEW'));
    const indices = indexList(flags.index);
    const years = yearList(flags.year);
    const [{ runDiff, failOnValue }, { openSide }, { annotationPaths }] = await Promise.all([
      import('./run.js'),
      import('./open-side.js'),
      import('../../load/repo-path.js'),
    ]);
    const failOn = failOnValue(flags.failOn);
    const [old, next] = [await openSide(oldDir, 'OLD', indices, years), await openSide(newDir, 'NEW', indices, years)];
    const result = runDiff(old, next, { indices, years, failOn });
    const names = { old: old.data.defs, next: next.data.defs };
    const pathOf = annotationPaths(newDir);
    const view = () => import('./view.js');
    return {
      result,
      exitCode: result.failed ? EXIT.changed : undefined,
      doc: async (v) => (await view()).diffDoc(result, names, v),
      text: async (format, v) => {
        if (format === 'github') return (await view()).diffGithub(result, names, v, pathOf);
        if (format === 'csv') return (await import('../../render/render-csv.js')).renderCsv((await view()).diffCsvDoc(result, names, v));
        return undefined;
      },
    };
  },
};
