import { Option, type Command } from 'commander';
import { say } from '../../model/text.js';
import { outputDecimals } from '../../model/precision.js';
import type { WeakestBy } from '../../analysis/weakest.js';
import { provinceSeries } from '../../model/province-series.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { open, openIndicators, openMapping } from '../shared/open.js';
import {
  asOfOption,
  asOfValue,
  benchmarkOption,
  choiceOption,
  countOption,
  countValue,
  departmentsOption,
  formatOption,
  indexList,
  indexOption,
  intOption,
  provinceOption,
  yearOption,
} from '../shared/options.js';
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
  declare: (cmd: Command) =>
    void cmd
      .description('the weakest components of a province with their lead and coordinating departments, gap, rank/N and trend')
      .addOption(provinceOption())
      .addOption(indexOption('list', ', one list each, or "all" for one list across the four'))
      .addOption(yearOption())
      .addOption(countOption('how many components per list'))
      .addOption(
        choiceOption(new Option('--by <order>', 'order: percentile rank, gap as % of max, weighted gap in composite points, or own score'), [
          'rank',
          'gap',
          'weighted-gap',
          'score',
        ]).default('rank'),
      )
      .addOption(benchmarkOption())
      .addOption(departmentsOption())
      .addOption(asOfOption())
      .addOption(formatOption()),
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
