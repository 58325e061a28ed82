import type { Lang } from '../../i18n/view.js';
import { helpText } from '../shared/help-text.js';
import type { Command } from 'commander';
import { say } from '../../model/text.js';
import { outputDecimals } from '../../model/precision.js';
import { provinceSeries } from '../../model/province-series.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { open, openMapping } from '../shared/open.js';
import { departmentsOption, formatOption, indexOption, provinceOption, yearOption } from '../shared/options.js';
import { intOption, singleIndex } from '../shared/option-values.js';

interface TargetFlags extends CommonFlags {
  province?: string;
  index: string;
  year?: string;
  rank?: string;
  percentile?: string;
  score?: string;
  only?: string;
  cap?: string;
  departments?: string;
}

/** `chiso target`: the least total rise that reaches a rank, percentile or score. */
export const targetCommand: CommandDef<TargetFlags> = {
  name: 'target',
  declare(cmd: Command, lang: Lang) {
    const t = helpText(lang);
    cmd
      .description(
        t(
          'cần gì để đạt mục tiêu điểm tổng hợp: số điểm còn thiếu, từng chỉ số thành phần riêng lẻ, và phương án tăng ít điểm nhất, theo sở, ngành',
          'what a composite goal takes: points needed, each component alone, and the plan with the least total rise, by department',
        ),
      )
      .addOption(provinceOption(lang))
      .addOption(indexOption(lang, 'one'))
      .addOption(yearOption(lang))
      .option('--rank <k>', t('đạt hạng k (vượt hẳn tỉnh đang xếp hạng k)', 'reach rank k (strictly pass the province now at rank k)'))
      .option('--percentile <p>', t('đạt phân vị p (0–100, như trong bảng xếp hạng)', 'reach percentile p (0–100, as the rank tables show it)'))
      .option('--score <s>', t('đạt điểm tổng hợp s', 'reach composite score s'))
      .option(
        '--only <codes>',
        t(
          'các chỉ số thành phần phương án được tăng, cách nhau bằng dấu phẩy (mặc định: tất cả)',
          'components the plan may raise, comma-separated (default: all)',
        ),
      )
      .option(
        '--cap <x>',
        t(
          'không tăng chỉ số thành phần nào quá x điểm, hoặc "best": tối đa bằng điểm cao nhất của năm (mặc định: đến điểm tối đa)',
          'raise no component by more than x points, or "best": to at most the year\'s best score (default: up to the maximum)',
        ),
      )
      .addOption(departmentsOption(lang))
      .addOption(formatOption(lang));
  },
  async execute(flags, env) {
    const index = singleIndex(flags.index, 'target');
    const year = intOption(flags.year, '--year');
    const { runTarget, parseGoal, parseCap } = await import('./run.js');
    const goal = parseGoal(flags);
    const cap = parseCap(flags.cap);
    const only = flags.only
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const data = await open(env.dataDir, { indices: [index] });
    const mapping = await openMapping(env.dataDir, flags.departments, data.defs);
    const result = runTarget(data, mapping, {
      index,
      year,
      series: provinceSeries(data.defs, env.province(flags.province), {
        refuse: say('mục tiêu là một hạng của tỉnh, mà số liệu chung không có hạng', "a target is a province's rank, and an aggregate has none"),
      }),
      goal,
      only,
      cap,
    });
    return {
      result,
      doc: async (view) => (await import('./view.js')).targetDoc(result, data.defs, view),
      tables: async (view) => (await import('./tables.js')).targetTables(result, data, view),
      decimals: () => outputDecimals(data, [[result.index, result.year]]),
    };
  },
};
