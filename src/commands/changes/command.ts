import type { Lang } from '../../i18n/view.js';
import { helpText } from '../shared/help-text.js';
import type { Command } from 'commander';
import { say } from '../../model/text.js';
import { outputDecimals } from '../../model/precision.js';
import { provinceSeries } from '../../model/province-series.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { open } from '../shared/open.js';
import { formatOption, indexOption } from '../shared/options.js';
import { intOption, singleIndex } from '../shared/option-values.js';

interface ChangesFlags extends CommonFlags {
  index: string;
  from?: string;
  to?: string;
  province?: string;
}

/** `chiso changes`: score, rank and percentile changes between two years of one index. */
export const changesCommand: CommandDef<ChangesFlags> = {
  name: 'changes',
  declare(cmd: Command, lang: Lang) {
    const t = helpText(lang);
    cmd
      .description(
        t(
          'thay đổi điểm, thứ hạng và phân vị của mọi tỉnh giữa hai năm; tỉnh tăng hạng, tỉnh tụt hạng, "điểm tăng mà hạng giảm"',
          'score, rank and percentile changes of every province between two years; risers, fallers, "score up, rank down"',
        ),
      )
      .addOption(indexOption(lang, 'one'))
      .option('--from <year>', t('năm trước (mặc định: năm có xếp hạng liền trước --to)', 'earlier year (default: the ranked year before --to)'))
      .option('--to <year>', t('năm sau (mặc định: năm gần nhất có xếp hạng)', 'later year (default: the latest year with ranks)'))
      .option('--province <name>', t('chỉ tỉnh này, kèm thay đổi của từng chỉ số thành phần', 'only this province, with the change of each of its components'))
      .addOption(formatOption(lang));
  },
  async execute(flags, env) {
    const index = singleIndex(flags.index, 'changes');
    const { runChanges } = await import('./run.js');
    const data = await open(env.dataDir, { indices: [index] });
    const series =
      flags.province === undefined
        ? undefined
        : provinceSeries(data.defs, flags.province, {
            refuse: say(
              'changes so sánh hạng giữa hai năm, mà số liệu chung không có hạng; điểm cả nước qua các năm: chiso trend "Cả nước"',
              'changes compares ranks between two years, and an aggregate has none; national scores by year: chiso trend "Cả nước"',
            ),
          });
    const result = runChanges(data, { index, from: intOption(flags.from, '--from'), to: intOption(flags.to, '--to'), series });
    return {
      result,
      doc: async (view) => (await import('./view.js')).changesDoc(result, data.defs, view),
      tables: async (view) => (await import('./tables.js')).changesTables(result, data, view),
      decimals: () =>
        outputDecimals(data, [
          [result.index, result.fromYear],
          [result.index, result.toYear],
        ]),
    };
  },
};
