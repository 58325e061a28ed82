import type { Command } from 'commander';
import { singleIndex } from '../../cli/args.js';
import { formatOption, intOption, type CliContext, type Format } from '../../cli/context.js';

interface RanksFlags {
  format: Format;
  index: string;
  year?: string;
  component?: string;
  top?: string;
  bottom?: string;
  region?: string;
}

/** `chiso ranks`: the league table of one index-year. */
export function registerRanks(program: Command, ctx: CliContext): void {
  program
    .command('ranks')
    .description('league table of one index-year: score, rank/N, percentile and region of every province')
    .option('--index <id>', 'index: pci, papi, par-index or sipas', 'pci')
    .option('--year <year>', 'index year (default: the latest year with ranks)')
    .option('--component <code>', 'rank on this component instead of the composite (e.g. transparency, d2)')
    .option('--top <n>', 'only the first n ranks (ties at the cut-off kept)')
    .option('--bottom <n>', 'only the last n ranks (ties at the cut-off kept)')
    .option('--region <region>', 'only the provinces of this region (code or name); ranks stay national')
    .addOption(formatOption())
    .action(async (opts: RanksFlags, cmd: Command) => {
      const index = singleIndex(opts.index, 'ranks');
      const { runRanks } = await import('./run.js');
      const output = runRanks({
        dataDir: ctx.dataDir(cmd),
        index,
        year: intOption(opts.year, '--year'),
        component: opts.component,
        top: intOption(opts.top, '--top'),
        bottom: intOption(opts.bottom, '--bottom'),
        region: opts.region,
      });
      await ctx.emit(output, opts.format, cmd);
    });
}
