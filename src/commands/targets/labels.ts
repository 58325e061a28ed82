import type { TargetReason, TargetStatus } from '../../analysis/targets-check.js';

/** Labels of `chiso targets`, Vietnamese and English side by side. */
export const TARGETS = {
  vi: {
    title: (file: string) => `Kết quả thực hiện mục tiêu — ${file}`,
    line: 'Dòng',
    measure: 'Chỉ tiêu',
    target: 'Mục tiêu',
    actual: 'Thực tế',
    status: 'Kết quả',
    margin: 'Chênh lệch',
    department: 'Đơn vị',
    statuses: { met: 'đạt', missed: 'không đạt', 'not-published': 'chưa công bố', 'not-comparable': 'không so sánh được' } as Record<TargetStatus, string>,
    reasons: { 'no-data': 'chưa có dữ liệu năm này', 'no-value': 'không có điểm của tỉnh', 'no-rank': 'không có hạng của tỉnh', 'method-break': 'chỉ tiêu không có trong phương pháp năm này', 'other-unit': 'tên tỉnh không ứng với đơn vị nào năm này' } as Record<TargetReason, string>,
    kinds: { score: 'điểm ≥', rank: 'hạng ≤', percentile: 'phân vị ≥' },
    places: (signed: string) => `${signed} bậc`,
    summary: (met: number, missed: number, np: number, nc: number) => `${met} đạt, ${missed} không đạt, ${np} chưa công bố, ${nc} không so sánh được.`,
    empty: 'Không có mục tiêu nào cho năm này.',
  },
  en: {
    title: (file: string) => `Targets, actual against target — ${file}`,
    line: 'Line',
    measure: 'Measure',
    target: 'Target',
    actual: 'Actual',
    status: 'Status',
    margin: 'Margin',
    department: 'Department',
    statuses: { met: 'met', missed: 'missed', 'not-published': 'not yet published', 'not-comparable': 'not comparable' } as Record<TargetStatus, string>,
    reasons: { 'no-data': 'no data for the year yet', 'no-value': 'no score for the province', 'no-rank': 'no rank for the province', 'method-break': "the measure is not in that year's methodology", 'other-unit': 'the province name denotes no unit that year' } as Record<TargetReason, string>,
    kinds: { score: 'score ≥', rank: 'rank ≤', percentile: 'percentile ≥' },
    places: (signed: string) => `${signed} places`,
    summary: (met: number, missed: number, np: number, nc: number) => `${met} met, ${missed} missed, ${np} not yet published, ${nc} not comparable.`,
    empty: 'No targets for that year.',
  },
};
