import type { Lang } from '../../i18n/view.js';
import { helpText } from '../shared/help-text.js';
import type { Command } from 'commander';
import { say } from '../../model/text.js';
import { outputDecimals } from '../../model/precision.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { openProvince } from '../shared/open.js';
import { asOfOption, countOption, departmentsOption, formatOption, outputOption, provinceOption, targetsOption, yearOption } from '../shared/options.js';
import { asOfValue, countValue, intOption } from '../shared/option-values.js';

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
  declare(cmd: Command, lang: Lang) {
    const t = helpText(lang);
    cmd
      .description(
        t(
          'báo cáo của tỉnh (lệnh mặc định): mức đầy đủ của dữ liệu, điểm và thứ hạng trên từng chỉ số, các chỉ số thành phần yếu nhất cùng sở, ngành phụ trách, những gì giảm và tăng, biểu đồ thứ hạng, lưu ý',
          'the province report (default command): coverage, scores and ranks on every index, weakest components with their departments, what fell and what rose, rank chart, caveats',
        ),
      )
      .addOption(provinceOption(lang))
      .addOption(yearOption(lang))
      .addOption(countOption(t('số chỉ số thành phần yếu nhất nêu ra cho mỗi chỉ số', 'weakest components listed per index')))
      .addOption(departmentsOption(lang))
      .addOption(targetsOption(lang))
      .addOption(asOfOption(lang))
      .addOption(formatOption(lang, ['table', 'md', 'json', 'csv', 'xlsx', 'html', 'docx']))
      .addOption(outputOption(lang, t('báo cáo', 'report')));
  },
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
    // The default report of the bundled data was computed by the build (ahead.ts).
    const ahead =
      year === undefined && !targets && flags.departments === undefined
        ? await (await import('./ahead.js')).reportAhead(env.dataDir, series, n, mapping, asOf)
        : undefined;
    const result = ahead?.result ?? runReport(data, mapping, { series, year, n, targets, asOf, indicators });
    return {
      result,
      doc: async (view) => (await import('./view.js')).reportDoc(result, data.defs, view),
      print: async (view) => (await import('./charts.js')).reportPrint(result, { data, mapping, series, asOf }, view),
      tables: async (view) => (await import('./tables.js')).reportTables(result, data, view),
      decimals: () => ahead?.decimals ?? outputDecimals(data, undefined, indicators),
    };
  },
};
