import type { NaReason } from '../analysis/na.js';

/** Names the reason texts need: a province code or index id as people read it. */
export type NameOf = (code: string) => string;

const pct = (share: number) => Math.round(share * 100);

/** Labels of `chiso gaps` (also used by weakest and departments for the same columns). */
export const GAPS = {
  vi: {
    title: (index: string, year: number, province: string) => `Khoảng cách theo chỉ số thành phần — ${index} ${year}, ${province}`,
    benchmarkIs: 'Mốc so sánh',
    methodology: (period: string, rule: string) => `Phương pháp ${period}: ${rule}`,
    rules: { 'weighted-mean': 'bình quân có trọng số', sum: 'tổng điểm các thành phần', unknown: 'chưa biết cách tính từ các thành phần' },
    benchmarks: {
      median: 'trung vị các tỉnh có dữ liệu',
      mean: 'trung bình các tỉnh có dữ liệu',
      'top-quartile': 'ngưỡng nhóm 25% cao nhất (phân vị 75) của các tỉnh có dữ liệu',
      best: 'tỉnh có điểm cao nhất',
      region: (region: string) => `trung vị vùng ${region}`,
      province: (name: string) => `tỉnh ${name}`,
      rank: (k: number) => `tỉnh xếp thứ ${k}`,
    },
    provincesWithData: (n: string, of: string) => `${n}/${of} tỉnh có dữ liệu`,
    benchmarkShort: { median: 'Trung vị', mean: 'Trung bình', 'top-quartile': 'Phân vị 75', best: 'Cao nhất', region: 'Trung vị vùng', province: (n: string) => n, rank: (k: number) => `Hạng ${k}` },
    gap: 'Chênh lệch',
    gapShare: '% điểm tối đa',
    weighted: (index: string) => `Quy đổi điểm ${index}`,
    change: (year: number) => `So với ${year}`,
    changeNone: 'So với năm trước',
    lead: 'Sở chủ trì',
    coordinating: 'Cơ quan phối hợp',
    basis: 'Cơ sở phân công',
    composite: (index: string) => `${index} (điểm tổng hợp)`,
    places: (n: number) => `${n > 0 ? '↑' : '↓'}${Math.abs(n)} bậc`,
    breakMark: '†',
    breakNote: (from: number, to: number, what: string) => `† Phương pháp thay đổi giữa ${from} và ${to}, hai điểm không so sánh trực tiếp được${what ? `: ${what}` : ''}`,
    weightedSum: (sum: string, gap: string, index: string) => `Tổng quy đổi của các chỉ số thành phần: ${sum} điểm; chênh lệch điểm ${index}: ${gap}.`,
    weightedSumExplained: 'Với mốc là một tỉnh, hai số này bằng nhau khi trọng số tái tạo đúng điểm tổng hợp; với trung vị hay trung bình thì không nhất thiết.',
    notes: 'Ghi chú',
    noDept: 'chưa phân công',
    deptFile: (file: string) => `Phân công sở, ngành: ${file}. "Chưa xác nhận" là cách phân công thường gặp ở các tỉnh, chưa có văn bản; cần đối chiếu với văn bản giao nhiệm vụ của tỉnh.`,
    fields: { score: 'điểm', rank: 'hạng', benchmark: 'mốc so sánh', gap: 'chênh lệch', gapShare: '% điểm tối đa', weightedGap: 'quy đổi điểm tổng hợp', change: 'thay đổi' },
    allComponents: 'mọi chỉ số thành phần',
    missing: (fields: string, reason: string, where: string) => `Không có ${fields}${where ? ` (${where})` : ''}: ${reason}.`,
  },
  en: {
    title: (index: string, year: number, province: string) => `Component gaps — ${index} ${year}, ${province}`,
    benchmarkIs: 'Benchmark',
    methodology: (period: string, rule: string) => `Methodology ${period}: ${rule}`,
    rules: { 'weighted-mean': 'weighted mean', sum: 'sum of the components', unknown: 'rule for combining the components unknown' },
    benchmarks: {
      median: 'median of the provinces with data',
      mean: 'mean of the provinces with data',
      'top-quartile': 'top-quartile threshold (75th percentile) of the provinces with data',
      best: 'best province',
      region: (region: string) => `median of the ${region} region`,
      province: (name: string) => name,
      rank: (k: number) => `the province ranked ${k}`,
    },
    provincesWithData: (n: string, of: string) => `${n} of ${of} provinces with data`,
    benchmarkShort: { median: 'Median', mean: 'Mean', 'top-quartile': '75th pct', best: 'Best', region: 'Region median', province: (n: string) => n, rank: (k: number) => `Rank ${k}` },
    gap: 'Gap',
    gapShare: '% of max',
    weighted: (index: string) => `${index} points`,
    change: (year: number) => `vs ${year}`,
    changeNone: 'vs previous year',
    lead: 'Lead department',
    coordinating: 'Coordinating',
    basis: 'Basis',
    composite: (index: string) => `${index} (composite)`,
    places: (n: number) => `${n > 0 ? '↑' : '↓'}${Math.abs(n)}`,
    breakMark: '†',
    breakNote: (from: number, to: number, what: string) => `† Methodology changed between ${from} and ${to}; the two scores are not like for like${what ? `: ${what}` : ''}`,
    weightedSum: (sum: string, gap: string, index: string) => `Sum of the components' weighted gaps: ${sum} points; ${index} gap: ${gap}.`,
    weightedSumExplained: 'Against one province the two agree when the weights reproduce the composite; against a median or mean they need not.',
    notes: 'Notes',
    noDept: 'not assigned',
    deptFile: (file: string) => `Department assignments: ${file}. "Unconfirmed" marks arrangements common across provinces but not seen in a document; check them against the province's own assignment.`,
    fields: { score: 'score', rank: 'rank', benchmark: 'benchmark', gap: 'gap', gapShare: '% of max', weightedGap: 'composite points', change: 'change' },
    allComponents: 'all components',
    missing: (fields: string, reason: string, where: string) => `No ${fields}${where ? ` (${where})` : ''}: ${reason}.`,
  },
};

/** Why a number is missing, in words. */
export function naText(reason: NaReason, lang: 'vi' | 'en', nameOf: NameOf): string {
  const vi = lang === 'vi';
  switch (reason.code) {
    case 'coverage':
      if (reason.have === 0) return vi ? 'không tỉnh nào có dữ liệu' : 'no province has data';
      return vi
        ? `chỉ ${reason.have}/${reason.of} tỉnh có dữ liệu, cần ít nhất ${pct(reason.minShare)}%`
        : `only ${reason.have} of ${reason.of} provinces ${reason.have === 1 ? 'has' : 'have'} data, at least ${pct(reason.minShare)}% needed`;
    case 'no-score':
      return vi ? 'tỉnh không có điểm năm này' : 'the province has no score this year';
    case 'benchmark-province-missing':
      return vi ? `${nameOf(reason.province)} không có điểm năm này` : `${nameOf(reason.province)} has no score this year`;
    case 'no-region':
      return vi ? `${nameOf(reason.province)} không thuộc vùng nào trong dữ liệu` : `${nameOf(reason.province)} has no region in the data`;
    case 'rank-beyond':
      return vi ? `chỉ ${reason.have} tỉnh có điểm, không có hạng ${reason.rank}` : `only ${reason.have} provinces have a score, so there is no rank ${reason.rank}`;
    case 'no-max':
      return vi ? 'chưa biết điểm tối đa của thành phần' : 'the maximum score is unknown';
    case 'rule-unknown':
      return vi ? `chưa biết trọng số (cách tính điểm tổng hợp) giai đoạn ${reason.period}` : `the weights (aggregation rule) of ${reason.period} are unknown`;
    case 'no-previous-year':
      return vi ? 'không có năm trước trong dữ liệu' : 'no earlier year in the data';
    case 'no-previous-value':
      return vi ? `không có điểm năm ${reason.year}` : `no score in ${reason.year}`;
    case 'no-data':
      return vi ? `không có dữ liệu ${nameOf(reason.index)} năm ${reason.year}` : `no ${nameOf(reason.index)} data for ${reason.year}`;
    case 'no-component-data':
      return vi ? `không có điểm chỉ số thành phần ${nameOf(reason.index)}` : `no ${nameOf(reason.index)} component scores`;
  }
}
