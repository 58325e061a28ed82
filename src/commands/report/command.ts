import type { Command } from 'commander';
import { say } from '../../model/text.js';
import { outputDecimals } from '../../model/precision.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { openProvince } from '../shared/open.js';
import {
  asOfOption,
  asOfValue,
  countOption,
  countValue,
  departmentsOption,
  formatOption,
  intOption,
  outputOption,
  provinceOption,
  targetsOption,
  yearOption,
} from '../shared/options.js';

interface ReportFlags extends CommonFlags {
  province?: string;
  year?: string;
  n: string;
  departments?: string;
  targets?: string;
  asOf?: string;
}

/** `chiso report` (the default command): the province report across the four indices. */
export const reportCommand: CommandDef<ReportFlags> = {
  name: 'report',
  declare: (cmd: Command) =>
    void cmd
      .description(
        'the province report (default command): coverage, scores and ranks on every index, weakest components with their departments, what fell and what rose, rank chart, caveats',
      )
      .addOption(provinceOption())
      .addOption(yearOption())
      .addOption(countOption('weakest components listed per index'))
      .addOption(departmentsOption())
      .addOption(targetsOption())
      .addOption(asOfOption())
      .addOption(formatOption(['table', 'md', 'json', 'csv', 'xlsx', 'html', 'docx']))
      .addOption(outputOption('report')),
  async execute(flags, env) {
    const [n, year] = [countValue(flags.n), intOption(flags.year, '--year')];
    const { runReport } = await import('./run.js');
    const { data, series, mapping, indicators } = await openProvince(
      env,
      { province: flags.province, year, departments: flags.departments },
      {
        refuse: say(
          'báo cáo là về hạng và sở, ngành của một tỉnh; số liệu cả nước: chiso trend "Cả nước", chiso gaps "Cả nước"',
          'the report is about a province\'s ranks and departments; national figures: chiso trend "Cả nước", chiso gaps "Cả nước"',
        ),
      },
    );
    const targets = flags.targets === undefined ? undefined : (await import('../../load/targets.js')).requireTargets(flags.targets, data.defs);
    const asOf = asOfValue(flags.asOf, env.today);
    const result = runReport(data, mapping, { series, year, n, targets, asOf, indicators });
    return {
      result,
      doc: async (view) => (await import('./view.js')).reportDoc(result, data.defs, view),
      print: async (view) => (await import('./charts.js')).reportPrint(result, { data, mapping, series, asOf }, view),
      tables: async (view) => (await import('./tables.js')).reportTables(result, data, view),
      decimals: () => outputDecimals(data, undefined, indicators),
    };
  },
};
