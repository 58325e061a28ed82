import { CHARTS } from '../../i18n/charts.js';
import type { View } from '../../i18n/view.js';
import type { Chart } from '../chart.js';
import { num } from '../format.js';
import { chartText } from './rank-history-chart.js';
import { dotPlotSpec, type DotPoint } from './specs.js';

/** One component: its name, maximum, and the values of each series (the province, the median, the best), null where missing. */
export interface ComponentValues {
  name: string;
  max: number | null;
  values: (number | null)[];
}

/**
 * A dot plot of an index-year's components: the province against its benchmarks. With every
 * component's maximum known, values are drawn as a share of it (components on different scales
 * then compare); the table keeps the raw scores.
 */
export function componentsChart(title: string, series: string[], rows: ComponentValues[], precision: number, view: View): Chart | undefined {
  const t = view.pick(CHARTS);
  const share = rows.every((r) => r.max !== null && r.max > 0);
  const names = rows.map((r) => chartText(r.name));
  const points: DotPoint[] = rows.flatMap((r, i) =>
    r.values.flatMap((v, k) => (v === null ? [] : [{ measure: names[i]!, series: series[k]!, value: share ? Math.round((v / r.max!) * 1000) / 10 : v }])),
  );
  if (points.length === 0) return undefined;
  return {
    title,
    caption: t.componentsCaption(share),
    spec: dotPlotSpec(points, { measures: names, series }, { value: share ? t.shareAxis : t.scoreAxis }),
    table: {
      columns: [{ label: t.component }, ...series.map((label) => ({ label, align: 'right' as const }))],
      rows: rows.map((r, i) => [names[i]!, ...r.values.map((v) => num(v, precision, view))]),
    },
  };
}
