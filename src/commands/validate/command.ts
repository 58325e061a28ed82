import type { Lang } from '../../i18n/view.js';
import { helpText } from '../shared/help-text.js';
import type { Command } from 'commander';
import { EXIT } from '../../model/errors.js';
import { terminalText } from '../../model/sanitize.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { departmentsOption, formatOption } from '../shared/options.js';

interface ValidateFlags extends CommonFlags {
  strict?: boolean;
  departments?: string;
}

/** `chiso validate`: checks a data folder; exit 3 when it has errors. */
export const validateCommand: CommandDef<ValidateFlags> = {
  name: 'validate',
  // A missing data folder is a finding of validate (exit 3), not a runtime error.
  missingDataOk: true,
  declare(cmd: Command, lang: Lang) {
    const t = helpText(lang);
    cmd
      .description(
        t(
          'kiểm tra mọi tệp trong thư mục dữ liệu và liệt kê mọi vấn đề (mã thoát 3 khi có lỗi)',
          'check every file of the data folder and list all problems (exit 3 on any error)',
        ),
      )
      .addOption(formatOption(lang, ['text', 'json', 'github', 'csv', 'md'], 'text'))
      .option(
        '--strict',
        t(
          'coi cảnh báo mới (chưa ghi nhận trong validate-baseline.csv của thư mục dữ liệu) là lỗi',
          "treat new warnings (not acknowledged in the data folder's validate-baseline.csv) as errors",
        ),
      )
      .addOption(departmentsOption(lang));
  },
  async execute(flags, env) {
    const [{ cachedCheck }, { runValidate }, { annotationPaths }] = await Promise.all([
      import('../../load/data-cache.js'),
      import('./run.js'),
      import('../../load/repo-path.js'),
    ]);
    // The bundled folder, unchanged since the build, was checked then (the data cache); else read it all now.
    const check = cachedCheck(env.dataDir, flags.departments) ?? (await import('../../load/check-folder.js')).checkFolder(env.dataDir, flags.departments);
    const result = runValidate(check, flags.strict ?? false);
    const pathOf = annotationPaths(env.dataDir);
    const view = () => import('./view.js');
    return {
      result,
      exitCode: result.ok ? undefined : EXIT.invalid,
      doc: async (v) => (await view()).validateDoc(result, v),
      text: async (format, v, width) => {
        const own =
          format === 'text'
            ? (await view()).validateText(result, v, width)
            : format === 'github'
              ? (await view()).validateGithub(result, v, pathOf)
              : undefined;
        return own === undefined ? undefined : terminalText(own);
      },
    };
  },
};
