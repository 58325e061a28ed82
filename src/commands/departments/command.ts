import type { Lang } from '../../i18n/view.js';
import { helpText } from '../shared/help-text.js';
import type { Command } from 'commander';
import { say } from '../../model/text.js';
import { outputDecimals } from '../../model/precision.js';
import { provinceSeries } from '../../model/province-series.js';
import type { CommandDef, CommonFlags } from '../shared/command-def.js';
import { open, openMapping } from '../shared/open.js';
import { asOfOption, benchmarkOption, departmentsOption, formatOption, indexOption, provinceOption, yearOption } from '../shared/options.js';
import { asOfValue, indexList, intOption } from '../shared/option-values.js';
import { benchmarkRequest, parseBenchmark } from '../shared/resolve.js';

interface DepartmentsFlags extends CommonFlags {
  department?: string;
  year?: string;
  province?: string;
  index?: string;
  benchmark: string;
  departments?: string;
  asOf?: string;
}

/** `chiso departments`: the department mapping, or every component one department answers for. */
export const departmentsCommand: CommandDef<DepartmentsFlags> = {
  name: 'departments',
  declare(cmd: Command, lang: Lang) {
    const t = helpText(lang);
    cmd
      .description(
        t(
          'sở, ngành nào chủ trì và phối hợp từng chỉ số thành phần; với --department, mọi chỉ số thành phần sở, ngành đó phụ trách; với --year hoặc --province, chỉ phân công có hiệu lực năm đó và vị trí của tỉnh trên từng chỉ số thành phần',
          "which department leads and coordinates each component; with --department, every component it answers for; with --year or --province, only the assignments in force that year and the province's standing on each",
        ),
      )
      .option(
        '--department <name>',
        t(
          'một sở, ngành (viết thế nào cũng được, hoặc tên viết tắt quen dùng như "Sở KH&ĐT")',
          'one department (any spelling, or the usual abbreviation such as "Sở KH&ĐT")',
        ),
      )
      .addOption(yearOption(lang))
      .addOption(provinceOption(lang))
      .addOption(indexOption(lang, 'list'))
      .addOption(benchmarkOption(lang))
      .addOption(departmentsOption(lang))
      .addOption(asOfOption(lang))
      .addOption(formatOption(lang));
  },
  async execute(flags, env) {
    const [year, indices, spec] = [intOption(flags.year, '--year'), indexList(flags.index), parseBenchmark(flags.benchmark)];
    const { runDepartments } = await import('./run.js');
    const data = await open(env.dataDir, { indices });
    const mapping = await openMapping(env.dataDir, flags.departments, data.defs);
    // Standings are shown with a year or a province; the province then defaults like everywhere else.
    const series =
      year !== undefined || flags.province !== undefined
        ? provinceSeries(data.defs, env.province(flags.province), {
            refuse: say('sở, ngành chủ trì là của một tỉnh', 'lead departments belong to a province'),
          })
        : undefined;
    // The whole mapping (every date) unless a date, a year or a province narrows it to what is in force.
    const asOf = flags.asOf !== undefined || series !== undefined || flags.department !== undefined ? asOfValue(flags.asOf, env.today) : undefined;
    const result = runDepartments(data, mapping, { department: flags.department, year, series, indices, benchmark: benchmarkRequest(spec, data.defs), asOf });
    return {
      result,
      doc: async (view) => (await import('./view.js')).departmentsDoc(result, data.defs, view),
      tables: async (view) => (await import('./tables.js')).departmentsTables(result, data, view),
      decimals: () =>
        outputDecimals(
          data,
          result.rows.map((r) => [r.index, r.year] as const),
        ),
    };
  },
};
