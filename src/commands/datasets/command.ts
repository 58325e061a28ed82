import type { Command } from 'commander';
import { outputDecimals } from '../../model/precision.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { open } from '../shared/open.js';
import { formatOption, indexList, indexOption } from '../shared/options.js';

/** `chiso datasets`: the index × year overview of the data folder. */
export const datasetsCommand: CommandDef<CommonFlags & { index?: string }> = {
  name: 'datasets',
  declare: (cmd: Command) =>
    void cmd
      .description('list the index-years in the data folder: provinces, composites, ranks, components, sources')
      .addOption(formatOption())
      .addOption(indexOption('list')),
  async execute(flags, env) {
    const indices = indexList(flags.index);
    const { runDatasets } = await import('./run.js');
    const data = await open(env.dataDir, { indices, readAll: true });
    const result = runDatasets(data, { indices });
    return {
      result,
      doc: async (view) => (await import('./view.js')).datasetsDoc(result, data.defs, view),
      tables: async (view) => (await import('./tables.js')).datasetsTables(result, data, view),
      decimals: () => outputDecimals(data),
    };
  },
};
