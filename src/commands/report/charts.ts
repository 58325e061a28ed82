import { indexYearGaps } from '../../analysis/index-gaps.js';
import { rowIn } from '../../analysis/scope.js';
import { standingsOf } from '../../analysis/standing.js';
import { CHARTS } from '../../i18n/charts.js';
import type { View } from '../../i18n/view.js';
import { expectedUnits, type Dataset } from '../../model/dataset.js';
import { periodFor } from '../../model/definitions.js';
import type { DepartmentMapping } from '../../model/departments.js';
import type { Province } from '../../model/types.js';
import type { Chart, PrintExtras } from '../../render/chart.js';
import { componentsChart } from '../../render/charts/components-chart.js';
import { rankHistoryChart } from '../../render/charts/rank-history-chart.js';
import { regionChart } from '../../render/charts/region-chart.js';
import { measureName, provinceName } from '../../render/format.js';
import type { ReportIndex, ReportResult } from './result.js';

const HEADER = {
  vi: (province: string, year: number | null) => (year === null ? province : `${province} — số liệu đến năm ${year}`),
  en: (province: string, year: number | null) => (year === null ? province : `${province} — data up to ${year}`),
};

/** What the report's charts need besides its result: the data and the province they were computed from. */
export interface ReportChartInput {
  data: Dataset;
  mapping: DepartmentMapping;
  series: Province[];
  asOf?: string;
}

/**
 * The report's charts and page header. Per index: the rank history of the window (the result's
 * own numbers), the components against the median and the best in the component year, and the
 * province among its region in the composite year. The last two need every component and every
 * province of the region, which the report's result does not carry: they are computed here from
 * the same data by the same analysis functions that `chiso gaps` and `chiso ranks` use.
 */
export function reportPrint(result: ReportResult, input: ReportChartInput, view: View): PrintExtras {
  const defs = input.data.defs;
  const last = result.units[result.units.length - 1]!;
  const charts: Chart[] = [];
  for (const ix of result.indices) {
    const name = defs.indices.get(ix.index)?.shortName ?? ix.index;
    const history = rankHistoryChart(name, ix.history, view);
    if (history) charts.push(history);
  }
  for (const ix of result.indices) charts.push(...componentCharts(ix, input, view), ...regionCharts(ix, input, view));
  return { charts, header: view.pick(HEADER)(provinceName(defs, last, view), result.dataYear) };
}

function componentCharts(ix: ReportIndex, input: ReportChartInput, view: View): Chart[] {
  const year = ix.componentYear;
  if (year === null || !rowIn(input.data, ix.index, input.series, year)) return [];
  const defs = input.data.defs;
  const req = { index: ix.index, year, series: input.series, asOf: input.asOf };
  const median = indexYearGaps(input.data, input.mapping, { ...req, benchmark: { kind: 'median' } });
  const best = indexYearGaps(input.data, input.mapping, { ...req, benchmark: { kind: 'best' } });
  const t = view.pick(CHARTS);
  const def = defs.indices.get(ix.index)!;
  const rows = median.components
    .filter((g) => g.kind === 'component')
    .map((g) => ({
      name: measureName(defs, ix.index, year, g.code, view),
      max: g.max,
      values: [g.score, g.benchmark.value, best.components.find((b) => b.code === g.code)?.benchmark.value ?? null],
    }));
  const chart = componentsChart(t.componentsTitle(def.shortName, year), [t.province, t.median, t.best], rows, def.precision, view);
  return chart ? [chart] : [];
}

function regionCharts(ix: ReportIndex, input: ReportChartInput, view: View): Chart[] {
  const year = ix.compositeYear;
  const defs = input.data.defs;
  const table = year === null ? undefined : input.data.table(ix.index, year);
  const period = year === null ? undefined : periodFor(defs, ix.index, year);
  const unit = ix.province === null ? undefined : defs.provinces.byCode.get(ix.province);
  if (year === null || !table || !period || unit?.region === undefined) return [];
  const region = defs.regions.get(unit.region);
  const standings = standingsOf(table, period, expectedUnits(defs, year), { kind: 'composite' });
  const members = defs.provinces.unitsIn(year).flatMap((p) => {
    const s = standings.byProvince.get(p.code);
    if (p.region !== unit.region || !s || s.score === null) return [];
    return [{ name: view.name(p), score: s.score, rank: s.rank, focal: p.code === unit.code }];
  });
  // A region of one (the province alone) says nothing.
  if (members.length < 2 || !members.some((m) => m.focal)) return [];
  const def = defs.indices.get(ix.index)!;
  const chart = regionChart(view.pick(CHARTS).regionTitle(def.shortName, year, region ? view.name(region) : unit.region), members, def.precision, view);
  return chart ? [chart] : [];
}
