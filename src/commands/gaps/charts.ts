import { CHARTS } from '../../i18n/charts.js';
import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import type { PrintExtras } from '../../render/chart.js';
import { componentsChart } from '../../render/charts/components-chart.js';
import { measureName } from '../../render/format.js';
import type { GapsResult } from './result.js';

const OTHER = { vi: 'Mốc so sánh', en: 'Benchmark' };
const TITLE = {
  vi: (index: string, year: number, benchmark: string) => `Chỉ số thành phần ${index} ${year}: tỉnh so với ${benchmark.toLowerCase()}`,
  en: (index: string, year: number, benchmark: string) => `${index} ${year} components: the province against the ${benchmark.toLowerCase()}`,
};

/** The gaps' chart: each component's score against the benchmark asked for, as in the result. */
export function gapsPrint(result: GapsResult, defs: Definitions, view: View): PrintExtras {
  const t = view.pick(CHARTS);
  const def = defs.indices.get(result.index)!;
  const kind = result.benchmark.kind;
  const benchmark = kind === 'median' ? t.median : kind === 'best' ? t.best : view.pick(OTHER);
  const rows = result.components
    .filter((g) => g.kind === 'component')
    .map((g) => ({ name: measureName(defs, result.index, result.year, g.code, view), max: g.max, values: [g.score, g.benchmark.value] }));
  const chart = componentsChart(view.pick(TITLE)(def.shortName, result.year, benchmark), [t.province, benchmark], rows, def.precision, view);
  return { charts: chart ? [chart] : [] };
}
