import { Option, type Command } from 'commander';
import { provinceSeries } from '../../model/province-series.js';
import { say } from '../../model/text.js';
import { outputDecimals } from '../../model/precision.js';
import type { CommandDef, CommandEnv, CommonFlags } from '../shared/command-def.js';
import type { View } from '../../i18n/view.js';
import { open, openIndicators, openMapping } from '../shared/open.js';
import {
  asOfOption,
  asOfValue,
  benchmarkOption,
  departmentsOption,
  FORMATS,
  formatOption,
  indexOption,
  intOption,
  provinceOption,
  singleIndex,
  yearOption,
} from '../shared/options.js';
import { benchmarkRequest, parseBenchmark } from '../shared/resolve.js';

interface GapsFlags extends CommonFlags {
  province?: string;
  index: string;
  year?: string;
  benchmark: string;
  departments?: string;
  asOf?: string;
  component?: string;
}

/** `chiso gaps`: component gaps of a province in one index-year against a benchmark. */
export const gapsCommand: CommandDef<GapsFlags> = {
  name: 'gaps',
  declare: (cmd: Command) =>
    void cmd
      .description('component gaps of a province against a benchmark: score, rank/N, gap, % of max, composite points, change, lead department')
      .addOption(provinceOption())
      .addOption(indexOption('one'))
      .addOption(yearOption())
      .addOption(benchmarkOption())
      .addOption(departmentsOption())
      .addOption(asOfOption())
      .addOption(
        new Option(
          '--component <code>',
          "one component's indicators (PCI 2023 base indicators, PAPI sub-dimensions): value, rank/N by direction, median, gap, best province",
        ),
      )
      .addOption(formatOption([...FORMATS, 'html'])),
  async execute(flags, env) {
    const index = singleIndex(flags.index, 'gaps', 'e.g. --index pci; chiso weakest compares several');
    const [year, spec, asOf] = [intOption(flags.year, '--year'), parseBenchmark(flags.benchmark), asOfValue(flags.asOf, env.today)];
    if (flags.component !== undefined) return componentGaps(flags, env, index, year);
    const { runGaps } = await import('./run.js');
    const data = await open(env.dataDir, { indices: [index] });
    const mapping = await openMapping(env.dataDir, flags.departments, data.defs);
    const series = provinceSeries(data.defs, env.province(flags.province), 'allow');
    const result = runGaps(data, mapping, { index, year, series, benchmark: benchmarkRequest(spec, data.defs), asOf });
    return {
      result,
      doc: async (view) => (await import('./view.js')).gapsDoc(result, data.defs, view),
      print: async (view) => (await import('./charts.js')).gapsPrint(result, data.defs, view),
      tables: async (view) => (await import('./tables.js')).gapsTables(result, data, view),
      decimals: () =>
        outputDecimals(data, [
          [index, result.year],
          [index, result.previousYear],
        ]),
    };
  },
};

/** `gaps --component CODE`: the level below one component (a separate result, see component-result.ts). */
async function componentGaps(flags: GapsFlags, env: CommandEnv, index: string, year: number | undefined) {
  const { runComponentGaps } = await import('./run-component.js');
  const data = await open(env.dataDir, { indices: [index] });
  const [set, mapping] = [await openIndicators(env.dataDir, data.defs), await openMapping(env.dataDir, flags.departments, data.defs)];
  const series = provinceSeries(data.defs, env.province(flags.province), {
    refuse: say('dữ liệu chỉ có giá trị chỉ số con của từng tỉnh', 'the data has indicator values for provinces only'),
  });
  const result = runComponentGaps(data, set, mapping, { index, year, component: flags.component!, series });
  return {
    result,
    doc: async (view: View) => (await import('./component-view.js')).componentGapsDoc(result, data.defs, view),
    tables: async (view: View) => (await import('./tables.js')).componentGapsTables(result, data, view),
    decimals: () => outputDecimals(data, [[index, result.year]], set),
  };
}
