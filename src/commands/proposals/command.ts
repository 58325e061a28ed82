import type { Command } from 'commander';
import { formatOption, intOption, type CliContext, type Format } from '../../cli/context.js';

interface ProposalsFlags {
  province?: string;
  year?: string;
  department?: string;
  departments?: string;
  format: Format;
  output?: string;
}

/** `chiso proposals`: one proposal sheet per department, the skeleton of its proposal under item 2 of the directive. */
export function registerProposals(program: Command, ctx: CliContext): void {
  program
    .command('proposals')
    .description("one sheet per department: every component it leads or coordinates, the province's standing, best-practice provinces, and a blank block of proposed solutions to fill in")
    .option('--province <name>', 'province (default: CHISO_PROVINCE, else Quảng Trị); case and diacritics are ignored')
    .option('--year <year>', 'index year (default: for each index, the latest year with data for the province)')
    .option('--department <name>', 'only this department (any spelling, a part of the name, or the usual abbreviation such as "Sở KH&ĐT")')
    .option('--departments <file>', 'department mapping to use instead of data/departments.csv')
    .addOption(formatOption(['md', 'json', 'table'], 'md'))
    .option('--output <file>', 'write the sheets to FILE (whole or not at all) instead of stdout')
    .action(async (opts: ProposalsFlags, cmd: Command) => {
      const { runProposals } = await import('./run.js');
      const output = runProposals({
        dataDir: ctx.dataDir(cmd),
        province: ctx.provinceName(opts.province),
        year: intOption(opts.year, '--year'),
        department: opts.department,
        departments: opts.departments,
      });
      await ctx.emit(output, opts.format, cmd, opts.output);
    });
}
