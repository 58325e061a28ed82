import type { Lang } from '../../i18n/view.js';
import { helpText } from '../shared/help-text.js';
import type { Command } from 'commander';
import { outputDecimals } from '../../model/precision.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { open } from '../shared/open.js';
import { formatOption, indexOption } from '../shared/options.js';
import { indexList } from '../shared/option-values.js';

/** `chiso datasets`: the index × year overview of the data folder. */
export const datasetsCommand: CommandDef<CommonFlags & { index?: string }> = {
  name: 'datasets',
  declare(cmd: Command, lang: Lang) {
    const t = helpText(lang);
    cmd
      .description(
        t(
          'liệt kê các năm của từng chỉ số trong thư mục dữ liệu: số tỉnh, điểm tổng hợp, thứ hạng, chỉ số thành phần, nguồn',
          'list the index-years in the data folder: provinces, composites, ranks, components, sources',
        ),
      )
      .addOption(formatOption(lang))
      .addOption(indexOption(lang, 'list'));
  },
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
