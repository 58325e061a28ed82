import type { Lang } from '../../i18n/view.js';
import { helpText } from '../shared/help-text.js';
import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { formatOption } from '../shared/options.js';
import { intOption } from '../shared/option-values.js';

interface ImportFlags extends CommonFlags {
  index?: string;
  year?: string;
  dryRun?: boolean;
  force?: boolean;
}

/** `chiso import FILE...`: the owners' workbooks into the data folder's year files. */
export const importCommand: CommandDef<ImportFlags> = {
  name: 'import',
  declare(cmd: Command, lang: Lang) {
    const t = helpText(lang);
    cmd
      .description(
        t(
          'đọc bảng tính của đơn vị công bố chỉ số (các trang tóm tắt và xếp hạng PCI .xls/.xlsx của VCCI, bảng dữ liệu PCI 2023, các trang theo năm của PAPI) thành tệp năm trong thư mục dữ liệu; những gì nhận ra được ghi ra stderr',
          "read the index owners' workbooks (VCCI PCI .xls/.xlsx summary and sorted-list sheets, the PCI 2023 data workbook, PAPI yearly sheets) into year files of the data folder; what was recognised goes to stderr",
        ),
      )
      .argument(t('<tệp...>', '<file...>'), t('các bảng tính (.xls, .xlsx)', 'workbooks (.xls, .xlsx)'))
      .addOption(new Option('--index <id>', t('chỉ các trang của chỉ số này (pci, papi)', 'only sheets of this index (pci, papi)')))
      .addOption(new Option('--year <year>', t('năm, khi tên tệp hoặc tên trang không ghi năm', 'the year, when the file or sheet name does not say it')))
      .addOption(new Option('--dry-run', t('không ghi gì, chỉ cho biết sẽ ghi những gì', 'write nothing, only say what would be written')))
      .addOption(new Option('--force', t('ghi đè các tệp năm đã có', 'overwrite existing year files')))
      .addOption(formatOption(lang, ['table', 'json', 'md']));
  },
  async execute(flags, env) {
    const year = intOption(flags.year, '--year');
    const { runImport } = await import('./run.js');
    const { requireDefinitions } = await import('../../load/definitions.js');
    const defs = requireDefinitions(env.dataDir);
    const result = await runImport(defs, {
      files: env.args.map((f) => resolve(f)),
      dataDir: env.dataDir,
      index: flags.index,
      year,
      dryRun: flags.dryRun === true,
      force: flags.force === true,
    });
    return { result, toStderr: true, doc: async (view) => (await import('./view.js')).importDoc(result, view) };
  },
};
