import type { Command } from 'commander';
import { say } from '../../model/text.js';
import { outputDecimals } from '../../model/precision.js';
import { provinceSeries } from '../../model/province-series.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { open } from '../shared/open.js';
import { formatOption, indexOption, intOption, singleIndex } from '../shared/options.js';

interface ChangesFlags extends CommonFlags {
  index: string;
  from?: string;
  to?: string;
  province?: string;
}

/** `chiso changes`: score, rank and percentile changes between two years of one index. */
export const changesCommand: CommandDef<ChangesFlags> = {
  name: 'changes',
  declare: (cmd: Command) =>
    void cmd
      .description('score, rank and percentile changes of every province between two years; risers, fallers, "score up, rank down"')
      .addOption(indexOption('one'))
      .option('--from <year>', 'earlier year (default: the ranked year before --to)')
      .option('--to <year>', 'later year (default: the latest year with ranks)')
      .option('--province <name>', 'only this province, with the change of each of its components')
      .addOption(formatOption()),
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
