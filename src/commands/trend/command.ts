import type { Command } from 'commander';
import { indexList } from '../../cli/args.js';
import { formatOption, intOption, type CliContext, type Format } from '../../cli/context.js';

interface TrendFlags {
  format: Format;
  province?: string;
  index?: string;
  from?: string;
  to?: string;
}

/** `chiso trend`: a province's rank history on each index, with a summary line and a chart. */
export function registerTrend(program: Command, ctx: CliContext): void {
  program
    .command('trend')
    .description('rank history of a province: score, rank/N and change per index and year, a summary line per index, a rank chart')
    .option('--province <name>', 'province (default: CHISO_PROVINCE, else Quảng Trị); case and diacritics are ignored')
    .option('--index <ids>', 'indices, comma-separated (default: all: pci,papi,par-index,sipas)')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .addOption(formatOption())
    .action(async (opts: TrendFlags, cmd: Command) => {
      const { runTrend } = await import('./run.js');
      const output = runTrend({
        dataDir: ctx.dataDir(cmd),
        province: ctx.provinceName(opts.province),
        indices: indexList(opts.index),
        from: intOption(opts.from, '--from'),
        to: intOption(opts.to, '--to'),
      });
      await ctx.emit(output, opts.format, cmd);
    });
}
