import type { Command } from 'commander';
import { singleIndex } from '../../cli/args.js';
import { formatOption, intOption, type CliContext, type Format } from '../../cli/context.js';

/** Help text of --benchmark, shared by gaps, weakest and departments. */
export const BENCHMARK_HELP = 'median, mean, top-quartile, best, region, province:NAME, rank:K';

/** `chiso gaps`: component gaps of a province in one index-year against a benchmark. */
export function registerGaps(program: Command, ctx: CliContext): void {
  program
    .command('gaps')
    .description('component gaps of a province against a benchmark: score, rank/N, gap, % of max, composite points, change, lead department')
    .option('--province <name>', 'province (default: CHISO_PROVINCE, else Quảng Trị)')
    .option('--index <id>', 'pci, papi, par-index or sipas', 'pci')
    .option('--year <year>', 'index year (default: the latest with component scores for the province)')
    .option('--benchmark <b>', BENCHMARK_HELP, 'median')
    .option('--departments <file>', 'department mapping to use instead of data/departments.csv')
    .addOption(formatOption())
    .action(async (opts: { province?: string; index: string; year?: string; benchmark: string; departments?: string; format: Format }, cmd: Command) => {
      const [{ runGaps }, { parseBenchmark }] = await Promise.all([import('./run.js'), import('../../analysis/benchmark.js')]);
      const index = singleIndex(opts.index, 'gaps', 'e.g. --index pci; chiso weakest compares several');
      const output = runGaps({
        dataDir: ctx.dataDir(cmd),
        index,
        year: intOption(opts.year, '--year'),
        province: ctx.provinceName(opts.province),
        benchmark: parseBenchmark(opts.benchmark),
        departments: opts.departments,
      });
      await ctx.emit(output, opts.format, cmd);
    });
}
