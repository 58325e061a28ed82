import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import type { Chart, PrintExtras } from '../../render/chart.js';
import { rankHistoryChart } from '../../render/charts/rank-history-chart.js';
import type { TrendResult } from './result.js';

/** The trend's charts: the rank history of each index, drawn from the result's own years. */
export function trendPrint(result: TrendResult, defs: Definitions, view: View): PrintExtras {
  const charts = result.indices.flatMap((ix): Chart[] => {
    const chart = rankHistoryChart(defs.indices.get(ix.index)?.shortName ?? ix.index, ix.years, view);
    return chart ? [chart] : [];
  });
  return { charts };
}
