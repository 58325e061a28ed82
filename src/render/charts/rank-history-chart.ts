import type { HistoryYear } from '../../analysis/rank-history.js';
import { CHARTS } from '../../i18n/charts.js';
import type { View } from '../../i18n/view.js';
import { terminalText } from '../../model/sanitize.js';
import type { Chart } from '../chart.js';
import { rankText } from '../format.js';
import { rankHistorySpec } from './specs.js';

/**
 * The rank history of one index as a chart: the percentile of each year's rank, each point
 * labelled rank/N; the table gives every year of the window, those without a rank included.
 * Undefined when no year has a rank.
 */
export function rankHistoryChart(indexName: string, years: HistoryYear[], view: View): Chart | undefined {
  const t = view.pick(CHARTS);
  const ranked = years.filter((y) => y.rank !== null);
  if (ranked.length === 0) return undefined;
  const points = ranked.map((y) => ({ year: y.year, percentile: Math.round(y.rank!.percentile * 1000) / 10, label: `${y.rank!.rank}/${y.rank!.of}` }));
  return {
    title: t.rankTitle(indexName),
    caption: t.rankCaption(years[0]!.year, years[years.length - 1]!.year),
    spec: rankHistorySpec(points, { year: t.year, percentile: t.percentileAxis }),
    table: {
      columns: t.rankTable.map((label, i) => ({ label, align: i === 0 ? 'left' : 'right' })),
      rows: years.map((y) => [String(y.year), rankText(y.rank, view), y.rank ? String(y.rank.of) : '', y.rank ? view.num(y.rank.percentile * 100, 1) : '']),
    },
  };
}

/** Text from the data on its way into a chart: control and bidi characters shown escaped, as everywhere. */
export function chartText(text: string): string {
  return terminalText(text.replace(/\r\n|[\r\n]/g, ' '), { tab: false });
}
