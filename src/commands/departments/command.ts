import type { Command } from 'commander';
import { indexList } from '../../cli/args.js';
import { formatOption, intOption, type CliContext, type Format } from '../../cli/context.js';
import { BENCHMARK_HELP } from '../gaps/command.js';

/** `chiso departments`: the department mapping, or every component one department answers for. */
export function registerDepartments(program: Command, ctx: CliContext): void {
  program
    .command('departments')
    .description('which department leads and coordinates each component; with --department, every component it answers for; with --year/--province, how the province stands on each')
    .option('--department <name>', 'one department (any spelling, or the usual abbreviation such as "Sở KH&ĐT")')
    .option('--year <year>', 'only assignments in force in that year, with the province\'s standing')
    .option('--province <name>', 'show this province\'s standing (default with --year: CHISO_PROVINCE, else Quảng Trị)')
    .option('--index <ids>', 'only these indices (comma-separated)')
    .option('--benchmark <b>', BENCHMARK_HELP, 'median')
    .option('--departments <file>', 'department mapping to use instead of data/departments.csv')
    .addOption(formatOption())
    .action(async (opts: { department?: string; year?: string; province?: string; index?: string; benchmark: string; departments?: string; format: Format }, cmd: Command) => {
      const [{ runDepartments }, { parseBenchmark }] = await Promise.all([import('./run.js'), import('../../analysis/benchmark.js')]);
      const year = intOption(opts.year, '--year');
      const output = runDepartments({
        dataDir: ctx.dataDir(cmd),
        department: opts.department,
        year,
        province: opts.province ?? (year !== undefined ? ctx.provinceName(undefined) : undefined),
        indices: indexList(opts.index),
        benchmark: parseBenchmark(opts.benchmark),
        departments: opts.departments,
      });
      await ctx.emit(output, opts.format, cmd);
    });
}
