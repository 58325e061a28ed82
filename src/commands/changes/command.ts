import type { Command } from 'commander';
import { singleIndex } from '../../cli/args.js';
import { formatOption, intOption, type CliContext, type Format } from '../../cli/context.js';

interface ChangesFlags {
  format: Format;
  index: string;
  from?: string;
  to?: string;
  province?: string;
}

/** `chiso changes`: score, rank and percentile changes between two years of one index. */
export function registerChanges(program: Command, ctx: CliContext): void {
  program
    .command('changes')
    .description('score, rank and percentile changes of every province between two years; risers, fallers, "score up, rank down"')
    .option('--index <id>', 'index: pci, papi, par-index or sipas', 'pci')
    .option('--from <year>', 'earlier year (default: the ranked year before --to)')
    .option('--to <year>', 'later year (default: the latest year with ranks)')
    .option('--province <name>', 'only this province, with the change of each of its components')
    .addOption(formatOption())
    .action(async (opts: ChangesFlags, cmd: Command) => {
      const index = singleIndex(opts.index, 'changes');
      const { runChanges } = await import('./run.js');
      const output = runChanges({
        dataDir: ctx.dataDir(cmd),
        index,
        from: intOption(opts.from, '--from'),
        to: intOption(opts.to, '--to'),
        province: opts.province,
      });
      await ctx.emit(output, opts.format, cmd);
    });
}
