import type { Command } from 'commander';
import { UsageError } from '../../model/errors.js';
import { formatOption, intOption, type CliContext, type Format } from '../../cli/context.js';

interface ReportFlags {
  province?: string;
  year?: string;
  n: string;
  departments?: string;
  format: Format;
  output?: string;
}

/** `chiso report` (the default command): the province report across the four indices. */
export function registerReport(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description('the province report (default command): coverage, scores and ranks on every index, weakest components with their departments, what fell and what rose, rank chart, caveats')
    .option('--province <name>', 'province (default: CHISO_PROVINCE, else Quảng Trị); case and diacritics are ignored')
    .option('--year <year>', 'index year (default: for each index, the latest year with data for the province)')
    .option('-n <count>', 'weakest components listed per index', '3')
    .option('--departments <file>', 'department mapping to use instead of data/departments.csv')
    .addOption(formatOption(['table', 'md', 'json']))
    .option('--output <file>', 'write the report to FILE (whole or not at all) instead of stdout')
    .action(async (opts: ReportFlags, cmd: Command) => {
      const { runReport } = await import('./run.js');
      const n = intOption(opts.n, '-n')!;
      if (n < 1) throw new UsageError('-n must be at least 1');
      const output = runReport({
        dataDir: ctx.dataDir(cmd),
        province: ctx.provinceName(opts.province),
        year: intOption(opts.year, '--year'),
        n,
        departments: opts.departments,
      });
      await ctx.emit(output, opts.format, cmd, opts.output);
    });
}
