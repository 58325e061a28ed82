import type { Lang } from '../../i18n/view.js';
import { helpText } from '../shared/help-text.js';
import { outputDecimals } from '../../model/precision.js';
import type { Command } from 'commander';
import { open } from '../shared/open.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { FORMATS, formatOption, indexOption, yearOption } from '../shared/options.js';
import { intOption, singleIndex } from '../shared/option-values.js';

interface RanksFlags extends CommonFlags {
  index: string;
  year?: string;
  component?: string;
  top?: string;
  bottom?: string;
  region?: string;
}

/** `chiso ranks`: the league table of one index-year. */
export const ranksCommand: CommandDef<RanksFlags> = {
  name: 'ranks',
  declare(cmd: Command, lang: Lang) {
    const t = helpText(lang);
    cmd
      .description(
        t(
          'bảng xếp hạng một chỉ số trong một năm: điểm, hạng/N, phân vị và vùng của mọi tỉnh',
          'league table of one index-year: score, rank/N, percentile and region of every province',
        ),
      )
      .addOption(indexOption(lang, 'one'))
      .addOption(yearOption(lang))
      .option(
        '--component <code>',
        t(
          'xếp hạng theo chỉ số thành phần này thay cho điểm tổng hợp (vd. transparency, d2)',
          'rank on this component instead of the composite (e.g. transparency, d2)',
        ),
      )
      .option('--top <n>', t('chỉ n hạng đầu (giữ cả các tỉnh đồng hạng ở ngưỡng cắt)', 'only the first n ranks (ties at the cut-off kept)'))
      .option('--bottom <n>', t('chỉ n hạng cuối (giữ cả các tỉnh đồng hạng ở ngưỡng cắt)', 'only the last n ranks (ties at the cut-off kept)'))
      .option(
        '--region <region>',
        t('chỉ các tỉnh của vùng này (mã hoặc tên); hạng vẫn là hạng cả nước', 'only the provinces of this region (code or name); ranks stay national'),
      )
      .addOption(formatOption(lang, [...FORMATS, 'html']));
  },
  async execute(flags, env) {
    const opts = {
      index: singleIndex(flags.index, 'ranks'),
      year: intOption(flags.year, '--year'),
      component: flags.component,
      top: intOption(flags.top, '--top'),
      bottom: intOption(flags.bottom, '--bottom'),
      region: flags.region,
    };
    const { runRanks } = await import('./run.js');
    // Tables are read on demand: with --year only that file, without it every year of the index (for the latest ranked year).
    const data = await open(env.dataDir, { indices: [opts.index] });
    const result = runRanks(data, opts);
    return {
      result,
      doc: async (view) => (await import('./view.js')).ranksDoc(result, data.defs, view),
      tables: async (view) => (await import('./tables.js')).ranksTables(result, data, view),
      decimals: () => outputDecimals(data, [[opts.index, result.year]]),
    };
  },
};
