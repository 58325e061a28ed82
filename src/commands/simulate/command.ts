import type { Lang } from '../../i18n/view.js';
import { helpText } from '../shared/help-text.js';
import type { Command } from 'commander';
import { say } from '../../model/text.js';
import { outputDecimals } from '../../model/precision.js';
import { provinceSeries } from '../../model/province-series.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { open, openMapping } from '../shared/open.js';
import { departmentsOption, formatOption, indexOption, provinceOption, yearOption } from '../shared/options.js';
import { intOption, singleIndex } from '../shared/option-values.js';

interface SimulateFlags extends CommonFlags {
  province?: string;
  index: string;
  year?: string;
  set: string[];
  departments?: string;
}

/** `chiso simulate`: what-if on a province's components. */
export const simulateCommand: CommandDef<SimulateFlags> = {
  name: 'simulate',
  declare(cmd: Command, lang: Lang) {
    const t = helpText(lang);
    cmd
      .description(
        t(
          'giả định: thay đổi điểm chỉ số thành phần của tỉnh (+x, -x hoặc điểm mới), tính lại điểm tổng hợp theo quy tắc của năm, hạng/N và phân vị mới',
          "what-if: change a province's components (+x, -x or a new score), recompute the composite by the year's rule, new rank/N and percentile",
        ),
      )
      .addOption(provinceOption(lang))
      .addOption(indexOption(lang, 'one'))
      .addOption(yearOption(lang))
      .option(
        '--set <code=change>',
        t(
          'một thay đổi, dùng được nhiều lần: transparency=+0.5, d2=-1, business_support=7.2',
          'a change, repeatable: transparency=+0.5, d2=-1, business_support=7.2',
        ),
        (v: string, all: string[] = []) => [...all, v],
      )
      .addOption(departmentsOption(lang))
      .addOption(formatOption(lang));
  },
  async execute(flags, env) {
    const index = singleIndex(flags.index, 'simulate');
    const year = intOption(flags.year, '--year');
    const { runSimulate, parseSet } = await import('./run.js');
    const sets = (flags.set ?? []).map(parseSet);
    const data = await open(env.dataDir, { indices: [index] });
    const mapping = await openMapping(env.dataDir, flags.departments, data.defs);
    const result = runSimulate(data, mapping, {
      index,
      year,
      series: provinceSeries(data.defs, env.province(flags.province), {
        refuse: say('mô phỏng tính lại hạng của một tỉnh, mà số liệu chung không có hạng', "simulate recomputes a province's rank, and an aggregate has none"),
      }),
      sets,
    });
    return {
      result,
      doc: async (view) => (await import('./view.js')).simulateDoc(result, data.defs, view),
      tables: async (view) => (await import('./tables.js')).simulateTables(result, data, view),
      decimals: () => outputDecimals(data, [[result.index, result.year]]),
    };
  },
};
