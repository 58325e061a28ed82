import type { Command } from 'commander';
import { outputDecimals } from '../../model/precision.js';
import { UsageError } from '../../model/errors.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { provinceSeries } from '../../model/province-series.js';
import { open } from '../shared/open.js';
import { FORMATS, formatOption, indexList, indexOption, intOption, provinceOption } from '../shared/options.js';

interface TrendFlags extends CommonFlags {
  province?: string;
  index?: string;
  from?: string;
  to?: string;
}

/** `chiso trend`: a province's rank history on each index, with a summary line and a chart. */
export const trendCommand: CommandDef<TrendFlags> = {
  name: 'trend',
  declare: (cmd: Command) =>
    void cmd
      .description('rank history of a province: score, rank/N and change per index and year, a summary line per index, a rank chart')
      .addOption(provinceOption())
      .addOption(indexOption('list'))
      .option('--from <year>', 'first year')
      .option('--to <year>', 'last year')
      .addOption(formatOption([...FORMATS, 'html'])),
  async execute(flags, env) {
    const [from, to] = [intOption(flags.from, '--from'), intOption(flags.to, '--to')];
    if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from (${from}) is after --to (${to})`);
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
