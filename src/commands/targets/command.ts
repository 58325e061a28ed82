import type { Lang } from '../../i18n/view.js';
import { helpText } from '../shared/help-text.js';
import type { Command } from 'commander';
import { outputDecimals } from '../../model/precision.js';
import { EXIT } from '../../model/errors.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { open } from '../shared/open.js';
import { FORMATS, formatOption, provinceOption } from '../shared/options.js';
import { intOption } from '../shared/option-values.js';

interface TargetsFlags extends CommonFlags {
  year?: string;
  province?: string;
}

/** Default targets file: the planning office keeps it next to its reports, not in the (often bundled) data folder. */
const DEFAULT_FILE = 'targets.csv';

/** `chiso targets`: actual against target for every row of a targets file; exit 4 when any is missed. */
export const targetsCommand: CommandDef<TargetsFlags> = {
  name: 'targets',
  declare(cmd: Command, lang: Lang) {
    const t = helpText(lang);
    cmd
      .description(
        t(
          'đối chiếu thực tế với chỉ tiêu cho từng dòng của tệp chỉ tiêu: đạt, không đạt (thiếu bao nhiêu), chưa công bố, không so sánh được (mã thoát 4 khi có chỉ tiêu không đạt)',
          'actual against target for every row of a targets file: met, missed (by how much), not yet published, not comparable (exit 4 when any target is missed)',
        ),
      )
      .argument(
        t('[tệp]', '[file]'),
        t(
          `tệp chỉ tiêu, các cột: index, measure, year, kind (score|rank|percentile), value, department, note[, province] (mặc định: ${DEFAULT_FILE})`,
          `targets file: index, measure, year, kind (score|rank|percentile), value, department, note[, province] (default: ${DEFAULT_FILE})`,
        ),
      )
      .option('--year <year>', t('chỉ các chỉ tiêu của năm này', 'only the targets of this year'))
      .addOption(provinceOption(lang))
      .addOption(formatOption(lang, [...FORMATS, 'github']));
  },
  async execute(flags, env) {
    // commander passes the positional file before the flags; the registry hands us the flags only.
    const file = env.args[0] ?? DEFAULT_FILE;
    const year = intOption(flags.year, '--year');
    const [{ runTargets }, { requireTargets }] = await Promise.all([import('./run.js'), import('../../load/targets.js')]);
    const data = await open(env.dataDir);
    const targets = requireTargets(file, data.defs);
    const result = runTargets(data, targets, { year, province: env.province(flags.province) });
    const view = () => import('./view.js');
    return {
      result,
      exitCode: result.counts.missed > 0 ? EXIT.missed : undefined,
      doc: async (v) => (await view()).targetsDoc(result, data.defs, v),
      tables: async (v) => (await import('./tables.js')).targetsTables(result, data, v),
      decimals: () =>
        outputDecimals(
          data,
          result.checks.map((c) => [c.index, c.year] as const),
        ),
      text: async (format, v) => (format === 'github' ? (await view()).targetsGithub(result, data.defs, v) : undefined),
    };
  },
};
