import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { formatOption, intOption } from '../shared/options.js';

interface ImportFlags extends CommonFlags {
  index?: string;
  year?: string;
  dryRun?: boolean;
  force?: boolean;
}

/** `chiso import FILE...`: the owners' workbooks into the data folder's year files. */
export const importCommand: CommandDef<ImportFlags> = {
  name: 'import',
  declare: (cmd: Command) =>
    void cmd
      .description(
        "read the index owners' workbooks (VCCI PCI .xls/.xlsx summary and sorted-list sheets, the PCI 2023 data workbook, PAPI yearly sheets) into year files of the data folder; what was recognised goes to stderr",
      )
      .argument('<file...>', 'workbooks (.xls, .xlsx)')
      .addOption(new Option('--index <id>', 'only sheets of this index (pci, papi)'))
      .addOption(new Option('--year <year>', 'the year, when the file or sheet name does not say it'))
      .addOption(new Option('--dry-run', 'write nothing, only say what would be written'))
      .addOption(new Option('--force', 'overwrite existing year files'))
      .addOption(formatOption(['table', 'json', 'md'])),
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
