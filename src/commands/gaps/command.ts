import { helpText } from '../shared/help-text.js';
import { Option, type Command } from 'commander';
import { provinceSeries } from '../../model/province-series.js';
import { say } from '../../model/text.js';
import { outputDecimals } from '../../model/precision.js';
import type { CommandDef, CommandEnv, CommonFlags } from '../shared/command-def.js';
import type { Lang, View } from '../../i18n/view.js';
import { open, openIndicators, openMapping } from '../shared/open.js';
import { asOfOption, benchmarkOption, departmentsOption, FORMATS, formatOption, indexOption, provinceOption, yearOption } from '../shared/options.js';
import { asOfValue, intOption, singleIndex } from '../shared/option-values.js';
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
  declare(cmd: Command, lang: Lang) {
    const t = helpText(lang);
    cmd
      .description(
        t(
          'chênh lệch của tỉnh so với mốc so sánh trên từng chỉ số thành phần: điểm, hạng/N, chênh lệch, % điểm tối đa, quy đổi điểm tổng hợp, thay đổi, sở chủ trì',
          'component gaps of a province against a benchmark: score, rank/N, gap, % of max, composite points, change, lead department',
        ),
      )
      .addOption(provinceOption(lang))
      .addOption(indexOption(lang, 'one'))
      .addOption(yearOption(lang))
      .addOption(benchmarkOption(lang))
      .addOption(departmentsOption(lang))
      .addOption(asOfOption(lang))
      .addOption(
        new Option(
          '--component <code>',
          t(
            'các chỉ tiêu của một chỉ số thành phần (chỉ tiêu gốc PCI 2023, nội dung thành phần PAPI): giá trị, hạng/N theo chiều tốt lên, trung vị, chênh lệch, tỉnh tốt nhất',
            "one component's indicators (PCI 2023 base indicators, PAPI sub-dimensions): value, rank/N by direction, median, gap, best province",
          ),
        ),
      )
      .addOption(formatOption(lang, [...FORMATS, 'html']));
  },
  async execute(flags, env) {
    const index = singleIndex(
      flags.index,
      'gaps',
      say('ví dụ: --index pci; chiso weakest so sánh nhiều chỉ số', 'e.g. --index pci; chiso weakest compares several'),
    );
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
