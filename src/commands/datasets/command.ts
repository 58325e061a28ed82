import type { Command } from 'commander';
import { formatOption, type CliContext, type Format } from '../../cli/context.js';
import { indexList } from '../../cli/args.js';

/** `chiso datasets`: the index × year overview of the data folder. */
export function registerDatasets(program: Command, ctx: CliContext): void {
  program
    .command('datasets')
    .description('list the index-years in the data folder: provinces, composites, ranks, components, sources')
    .addOption(formatOption())
    .option('--index <ids>', 'only these indices (comma-separated: pci,papi,par-index,sipas)')
    .action(async (opts: { format: Format; index?: string }, cmd: Command) => {
      const { runDatasets } = await import('./run.js');
      await ctx.emit(runDatasets({ dataDir: ctx.dataDir(cmd), indices: indexList(opts.index) }), opts.format, cmd);
    });
}
