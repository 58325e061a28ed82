import type { Lang } from '../../i18n/view.js';
import { helpText } from '../shared/help-text.js';
import type { Command } from 'commander';
import { say } from '../../model/text.js';
import { outputDecimals } from '../../model/precision.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { openProvince } from '../shared/open.js';
import { UsageError } from '../../model/errors.js';
import { asOfOption, departmentsOption, formatOption, outputOption, provinceOption, targetsOption, yearOption } from '../shared/options.js';
import { asOfValue, intOption } from '../shared/option-values.js';

interface ProposalsFlags extends CommonFlags {
  province?: string;
  year?: string;
  department?: string;
  departments?: string;
  targets?: string;
  asOf?: string;
  split?: string;
}

/** `chiso proposals`: one proposal sheet per department, the skeleton of its proposal under item 2 of the directive. */
export const proposalsCommand: CommandDef<ProposalsFlags> = {
  name: 'proposals',
  declare(cmd: Command, lang: Lang) {
    const t = helpText(lang);
    cmd
      .description(
        t(
          'mỗi sở, ngành một phiếu: các chỉ số thành phần sở, ngành đó chủ trì hoặc phối hợp, vị trí của tỉnh, các tỉnh làm tốt, và phần để trống ghi giải pháp đề xuất',
          "one sheet per department: every component it leads or coordinates, the province's standing, best-practice provinces, and a blank block of proposed solutions to fill in",
        ),
      )
      .addOption(provinceOption(lang))
      .addOption(yearOption(lang))
      .option(
        '--department <name>',
        t(
          'chỉ sở, ngành này (viết thế nào cũng được, một phần của tên, hoặc tên viết tắt quen dùng như "Sở KH&ĐT")',
          'only this department (any spelling, a part of the name, or the usual abbreviation such as "Sở KH&ĐT")',
        ),
      )
      .addOption(departmentsOption(lang))
      .addOption(targetsOption(lang))
      .addOption(asOfOption(lang))
      .addOption(formatOption(lang, ['md', 'json', 'table', 'csv', 'xlsx', 'html', 'docx'], 'md'))
      .addOption(outputOption(lang, t('các phiếu', 'sheets')))
      .option(
        '--split <dir>',
        t(
          'mỗi sở, ngành một tệp, ghi vào thư mục DIR mới hoặc rỗng (với --format docx, html hoặc md), ghi đủ hoặc không ghi gì',
          'one file per department into DIR, a new or empty folder (with --format docx, html or md), all or nothing',
        ),
      );
  },
  async execute(flags, env) {
    const year = intOption(flags.year, '--year');
    if (flags.split !== undefined && flags.output !== undefined)
      throw new UsageError(say('--split ghi ra một thư mục nhiều tệp: bỏ --output', '--split writes a folder of files: leave out --output'));
    const { runProposals } = await import('./run.js');
    const { data, series, mapping, indicators } = await openProvince(
      env,
      { province: flags.province, year, departments: flags.departments },
      { refuse: say('đề xuất giao việc cho các sở, ngành của một tỉnh', 'proposals assign work to the departments of a province') },
    );
    const result = runProposals(data, mapping, { series, year, department: flags.department, asOf: asOfValue(flags.asOf, env.today), indicators });
    if (flags.targets !== undefined) {
      const [{ requireTargets }, { checkTargets, targetsOfProvince }] = await Promise.all([
        import('../../load/targets.js'),
        import('../../analysis/targets-check.js'),
      ]);
      result.targets = checkTargets(data, targetsOfProvince(requireTargets(flags.targets, data.defs), data.defs, series), { province: series[0]!.nameVi });
    }
    const print = () => import('./print.js');
    return {
      result,
      doc: async (view) => (await import('./view.js')).proposalsDoc(result, data.defs, view),
      print: async (view) => (await print()).proposalsPrint(result, data.defs, view),
      split: flags.split === undefined ? undefined : { dir: flags.split, parts: async (view) => (await print()).proposalsParts(result, data.defs, view) },
      tables: async (view) => (await import('./tables.js')).proposalsTables(result, data, view),
      decimals: () => outputDecimals(data, undefined, indicators),
    };
  },
};
