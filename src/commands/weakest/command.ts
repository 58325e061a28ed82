import { Option, type Command } from 'commander';
import { UsageError } from '../../model/errors.js';
import { indexList } from '../../cli/args.js';
import { formatOption, intOption, type CliContext, type Format } from '../../cli/context.js';
import { BENCHMARK_HELP } from '../gaps/command.js';

/** `chiso weakest`: the n weakest components of a province, each with its lead and coordinating departments. */
export function registerWeakest(program: Command, ctx: CliContext): void {
  program
    .command('weakest')
    .description('the weakest components of a province with their lead and coordinating departments, gap, rank/N and trend')
    .option('--province <name>', 'province (default: CHISO_PROVINCE, else Quảng Trị)')
    .option('--index <ids>', 'pci, papi, par-index, sipas (comma-separated: one list each), or "all" (one list across the four); default: one list per index')
    .option('--year <year>', 'index year (default: for each index, the latest with component scores for the province)')
    .option('-n <count>', 'how many components per list', '3')
    .addOption(new Option('--by <order>', 'order: percentile rank, gap as % of max, weighted gap in composite points, or own score').choices(['rank', 'gap', 'weighted-gap', 'score']).default('rank'))
    .option('--benchmark <b>', BENCHMARK_HELP, 'median')
    .option('--departments <file>', 'department mapping to use instead of data/departments.csv')
    .addOption(formatOption())
    .action(async (opts: { province?: string; index?: string; year?: string; n: string; by: 'rank' | 'gap' | 'weighted-gap' | 'score'; benchmark: string; departments?: string; format: Format }, cmd: Command) => {
      const [{ runWeakest }, { parseBenchmark }] = await Promise.all([import('./run.js'), import('../../analysis/benchmark.js')]);
      const pooled = opts.index?.trim().toLowerCase() === 'all';
      const n = intOption(opts.n, '-n')!;
      if (n < 1) throw new UsageError('-n must be at least 1');
      const output = runWeakest({
        dataDir: ctx.dataDir(cmd),
        province: ctx.provinceName(opts.province),
        year: intOption(opts.year, '--year'),
        indices: pooled ? undefined : indexList(opts.index),
        pooled,
        by: opts.by,
        n,
        benchmark: parseBenchmark(opts.benchmark),
        departments: opts.departments,
      });
      await ctx.emit(output, opts.format, cmd);
    });
}
