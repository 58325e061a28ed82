import type { NaReason, ReportReason } from '../analysis/na.js';

/** Names the reason texts need: a province code or index id as people read it. */
export type NameOf = (code: string) => string;

const pct = (share: number) => Math.round(share * 100);

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
      if (reason.aggregate) return vi ? `không có điểm "${nameOf(reason.aggregate)}" năm này` : `no "${nameOf(reason.aggregate)}" score this year`;
      return vi ? 'tỉnh không có điểm năm này' : 'the province has no score this year';
    case 'aggregate':
      return vi ? 'không áp dụng: số liệu chung, không phải một tỉnh, không được xếp hạng' : 'n/a: an aggregate, not a province, is not ranked';
    case 'benchmark-province-missing':
      return vi ? `${nameOf(reason.province)} không có điểm năm này` : `${nameOf(reason.province)} has no score this year`;
    case 'no-region':
      return vi ? `${nameOf(reason.province)} không thuộc vùng nào trong dữ liệu` : `${nameOf(reason.province)} has no region in the data`;
    case 'rank-beyond':
      return vi
        ? `chỉ ${reason.have} tỉnh có điểm, không có hạng ${reason.rank}`
        : `only ${reason.have} provinces have a score, so there is no rank ${reason.rank}`;
    case 'no-national':
      return vi ? 'dữ liệu năm này không có số liệu cả nước' : "the year's data has no national figure";
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

/** Why the report has no number, in words (the reasons of gaps plus the report's own). */
export function reportReasonText(reason: ReportReason, lang: 'vi' | 'en', nameOf: NameOf, yearsText: (years: number[]) => string): string {
  const vi = lang === 'vi';
  switch (reason.code) {
    case 'not-in-data':
      return vi
        ? `tỉnh không có trong dữ liệu ${nameOf(reason.index)}${reason.years.length > 0 ? ` (các năm có dữ liệu: ${yearsText(reason.years)})` : ''}`
        : `the province is not in the ${nameOf(reason.index)} data${reason.years.length > 0 ? ` (years with data: ${yearsText(reason.years)})` : ''}`;
    case 'unit-changed':
      return vi
        ? `${nameOf(reason.to)} là đơn vị mới sau sáp nhập, khác ${nameOf(reason.from)} trước đó`
        : `${nameOf(reason.to)} is a new unit after a merger, not the earlier ${nameOf(reason.from)}`;
    case 'no-earlier-data':
      return vi ? 'không có số liệu năm trước' : 'no earlier year with data';
    default:
      return naText(reason, lang, nameOf);
  }
}
