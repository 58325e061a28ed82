import type { Command } from 'commander';
import { provinceSeries } from '../../model/province-series.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { open, openMapping } from '../shared/open.js';
import { asOfOption, asOfValue, benchmarkOption, departmentsOption, formatOption, indexOption, intOption, provinceOption, singleIndex, yearOption } from '../shared/options.js';
import { benchmarkRequest, parseBenchmark } from '../shared/resolve.js';

interface GapsFlags extends CommonFlags {
  province?: string;
  index: string;
  year?: string;
  benchmark: string;
  departments?: string;
  asOf?: string;
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
      .addOption(formatOption()),
  async execute(flags, env) {
    const index = singleIndex(flags.index, 'gaps', 'e.g. --index pci; chiso weakest compares several');
    const [year, spec, asOf] = [intOption(flags.year, '--year'), parseBenchmark(flags.benchmark), asOfValue(flags.asOf, env.today)];
    const { runGaps } = await import('./run.js');
    const data = await open(env.dataDir, { indices: [index] });
    const mapping = await openMapping(env.dataDir, flags.departments, data.defs);
    const series = provinceSeries(data.defs, env.province(flags.province));
    const result = runGaps(data, mapping, { index, year, series, benchmark: benchmarkRequest(spec, data.defs), asOf });
    return { result, doc: async (view) => (await import('./view.js')).gapsDoc(result, data.defs, view) };
  },
};
