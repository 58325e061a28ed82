import type { Lang } from '../../i18n/view.js';
import { helpText } from '../shared/help-text.js';
import type { Command } from 'commander';
import { outputDecimals } from '../../model/precision.js';
import { UsageError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { provinceSeries } from '../../model/province-series.js';
import { open } from '../shared/open.js';
import { FORMATS, formatOption, indexOption, provinceOption } from '../shared/options.js';
import { indexList, intOption } from '../shared/option-values.js';

interface TrendFlags extends CommonFlags {
  province?: string;
  index?: string;
  from?: string;
  to?: string;
}

/** `chiso trend`: a province's rank history on each index, with a summary line and a chart. */
export const trendCommand: CommandDef<TrendFlags> = {
  name: 'trend',
  declare(cmd: Command, lang: Lang) {
    const t = helpText(lang);
    cmd
      .description(
        t(
          'diễn biến thứ hạng của tỉnh: điểm, hạng/N và thay đổi theo từng chỉ số và năm, một dòng tóm tắt cho mỗi chỉ số, biểu đồ thứ hạng',
          'rank history of a province: score, rank/N and change per index and year, a summary line per index, a rank chart',
        ),
      )
      .addOption(provinceOption(lang))
      .addOption(indexOption(lang, 'list'))
      .option('--from <year>', t('năm đầu tiên', 'first year'))
      .option('--to <year>', t('năm cuối cùng', 'last year'))
      .addOption(formatOption(lang, [...FORMATS, 'html']));
  },
  async execute(flags, env) {
    const [from, to] = [intOption(flags.from, '--from'), intOption(flags.to, '--to')];
    if (from !== undefined && to !== undefined && from > to)
      throw new UsageError(say(`--from (${from}) sau --to (${to})`, `--from (${from}) is after --to (${to})`));
    const indices = indexList(flags.index);
    const { runTrend } = await import('./run.js');
    const inRange = (y: number) => (from === undefined || y >= from) && (to === undefined || y <= to);
    const data = await open(env.dataDir, { indices, years: inRange, readAll: true });
    const result = runTrend(data, { series: provinceSeries(data.defs, env.province(flags.province), 'allow'), indices, from, to });
    return {
      result,
      doc: async (view) => (await import('./view.js')).trendDoc(result, data.defs, view),
      print: async (view) => (await import('./charts.js')).trendPrint(result, data.defs, view),
      tables: async (view) => (await import('./tables.js')).trendTables(result, data, view),
      decimals: () => outputDecimals(data),
    };
  },
};
