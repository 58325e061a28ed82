import type { RankInfo } from '../../analysis/ranking.js';
import { CHARTS } from '../../i18n/charts.js';
import type { View } from '../../i18n/view.js';
import type { Chart } from '../chart.js';
import { num, rankText } from '../format.js';
import { chartText } from './rank-history-chart.js';
import { regionSpec } from './specs.js';

/** One province of the region with a composite score. */
export interface RegionMember {
  name: string;
  score: number;
  rank: RankInfo | null;
  focal: boolean;
}

/** The province among the provinces of its region on one index-year's composite, best first. */
export function regionChart(title: string, members: RegionMember[], precision: number, view: View): Chart | undefined {
  const t = view.pick(CHARTS);
  if (members.length === 0) return undefined;
  const sorted = [...members].sort((a, b) => b.score - a.score);
  const dots = sorted.map((m) => ({ province: chartText(m.name), score: m.score, focal: m.focal, label: m.rank ? `${m.rank.rank}/${m.rank.of}` : '' }));
  return {
    title,
    caption: t.regionCaption,
    spec: regionSpec(dots, { score: t.score }),
    table: {
      columns: [{ label: t.province }, { label: t.score, align: 'right' }, { label: t.rank, align: 'right' }],
      rows: sorted.map((m) => [
        m.focal ? { text: chartText(m.name), tone: 'strong' as const } : chartText(m.name),
        num(m.score, precision, view),
        rankText(m.rank, view),
      ]),
    },
  };
}
