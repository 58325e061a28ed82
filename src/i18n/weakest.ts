import type { WeakestBy } from '../analysis/weakest.js';

/** Labels of `chiso weakest`. */
export const WEAKEST = {
  vi: {
    title: (province: string) => `Các chỉ số thành phần yếu nhất — ${province}`,
    pooled: 'Gộp cả bốn chỉ số',
    by: 'Xếp theo',
    bys: {
      rank: 'hạng (vị trí phần trăm, thấp nhất trước)',
      gap: 'chênh lệch so với mốc, tính theo % điểm tối đa',
      'weighted-gap': 'mức ảnh hưởng đến điểm tổng hợp (quy đổi điểm, theo % điểm tối đa của chỉ số)',
      score: 'điểm của tỉnh so với điểm tối đa',
    } satisfies Record<WeakestBy, string>,
    position: '#',
    index: 'Chỉ số',
    scoreShare: 'Điểm / tối đa',
    trend: (year: number | null) => (year === null ? 'Xu hướng' : `Xu hướng (so với ${year})`),
    trendPlain: 'Xu hướng',
    fellBack: (what: string, reason: string) => `Không xếp được theo ${what}: ${reason}. Xếp theo điểm của tỉnh so với điểm tối đa.`,
    unranked: (names: string, reason: string) => `Không xếp được: ${names} (${reason}).`,
    noRows: 'Không có chỉ số thành phần nào để xếp.',
  },
  en: {
    title: (province: string) => `Weakest components — ${province}`,
    pooled: 'All four indices pooled',
    by: 'Ordered by',
    bys: {
      rank: 'rank (percentile, lowest first)',
      gap: 'gap to the benchmark as a share of the maximum',
      'weighted-gap': 'effect on the composite (composite points as a share of the composite maximum)',
      score: "the province's score as a share of the maximum",
    } satisfies Record<WeakestBy, string>,
    position: '#',
    index: 'Index',
    scoreShare: 'Score / max',
    trend: (year: number | null) => (year === null ? 'Trend' : `Trend (vs ${year})`),
    trendPlain: 'Trend',
    fellBack: (what: string, reason: string) => `Cannot order by ${what}: ${reason}. Ordered by the province's score as a share of the maximum instead.`,
    unranked: (names: string, reason: string) => `Not ordered: ${names} (${reason}).`,
    noRows: 'No components to order.',
  },
};
