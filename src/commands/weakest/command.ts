import type { Lang } from '../../i18n/view.js';
import { helpText } from '../shared/help-text.js';
import { Option, type Command } from 'commander';
import { say } from '../../model/text.js';
import { outputDecimals } from '../../model/precision.js';
import type { WeakestBy } from '../../analysis/weakest.js';
import { provinceSeries } from '../../model/province-series.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { open, openIndicators, openMapping } from '../shared/open.js';
import {
  asOfOption,
  benchmarkOption,
  choiceOption,
  countOption,
  departmentsOption,
  formatOption,
  indexOption,
  provinceOption,
  yearOption,
} from '../shared/options.js';
import { asOfValue, countValue, indexList, intOption } from '../shared/option-values.js';
import { benchmarkRequest, parseBenchmark } from '../shared/resolve.js';

interface WeakestFlags extends CommonFlags {
  province?: string;
  index?: string;
  year?: string;
  n: string;
  by: WeakestBy;
  benchmark: string;
  departments?: string;
  asOf?: string;
}

/** `chiso weakest`: the n weakest components of a province, each with its lead and coordinating departments. */
export const weakestCommand: CommandDef<WeakestFlags> = {
  name: 'weakest',
  declare(cmd: Command, lang: Lang) {
    const t = helpText(lang);
    cmd
      .description(
        t(
          'các chỉ số thành phần yếu nhất của tỉnh cùng sở chủ trì và cơ quan phối hợp, chênh lệch, hạng/N và xu hướng',
          'the weakest components of a province with their lead and coordinating departments, gap, rank/N and trend',
        ),
      )
      .addOption(provinceOption(lang))
      .addOption(
        indexOption(
          lang,
          'list',
          t(', mỗi chỉ số một danh sách, hoặc "all" để gộp cả bốn vào một danh sách', ', one list each, or "all" for one list across the four'),
        ),
      )
      .addOption(yearOption(lang))
      .addOption(countOption(t('số chỉ số thành phần trong mỗi danh sách', 'how many components per list')))
      .addOption(
        choiceOption(
          new Option(
            '--by <order>',
            t(
              'xếp theo: hạng phân vị, chênh lệch theo % điểm tối đa, chênh lệch quy đổi điểm tổng hợp, hoặc điểm của tỉnh',
              'order: percentile rank, gap as % of max, weighted gap in composite points, or own score',
            ),
          ),
          ['rank', 'gap', 'weighted-gap', 'score'],
        ).default('rank'),
      )
      .addOption(benchmarkOption(lang))
      .addOption(departmentsOption(lang))
      .addOption(asOfOption(lang))
      .addOption(formatOption(lang));
  },
  async execute(flags, env) {
    const pooled = flags.index?.trim().toLowerCase() === 'all';
    const indices = pooled ? undefined : indexList(flags.index);
    const [n, year, spec] = [countValue(flags.n), intOption(flags.year, '--year'), parseBenchmark(flags.benchmark)];
    const { runWeakest } = await import('./run.js');
    const data = await open(env.dataDir, { indices });
    const mapping = await openMapping(env.dataDir, flags.departments, data.defs);
    const series = provinceSeries(data.defs, env.province(flags.province), {
      refuse: say(
        'weakest chọn thành phần yếu để giao cho sở, ngành của một tỉnh; điểm thành phần cả nước: chiso gaps "Cả nước"',
        'weakest picks weak components for the departments of a province; national component scores: chiso gaps "Cả nước"',
      ),
    });
    const indicators = await openIndicators(env.dataDir, data.defs);
    const result = runWeakest(data, mapping, {
      series,
      year,
      indices,
      pooled,
      by: flags.by,
      n,
      benchmark: benchmarkRequest(spec, data.defs),
      asOf: asOfValue(flags.asOf, env.today),
      indicators,
    });
    return {
      result,
      doc: async (view) => (await import('./view.js')).weakestDoc(result, data.defs, view),
      tables: async (view) => (await import('./tables.js')).weakestTables(result, data, view),
      decimals: () =>
        outputDecimals(
          data,
          result.scopes.flatMap(
            (s) =>
              [
                [s.index, s.year],
                [s.index, s.previousYear],
              ] as const,
          ),
          indicators,
        ),
    };
  },
};
