import type { ReportReason } from './result.js';
import { naText, type NameOf } from '../../i18n/gaps.js';

/** Labels of `chiso report`. */
export const REPORT = {
  vi: {
    title: (province: string) => `Báo cáo các chỉ số quản trị cấp tỉnh — ${province}`,
    dataUntil: (year: number) => `Số liệu đến năm ${year}.`,
    dataOf: (year: number) => `Số liệu năm ${year}.`,
    noData: (province: string) => `Không có số liệu nào của ${province} trong dữ liệu.`,
    intro: 'Mỗi chỉ số lấy năm gần nhất có số liệu của tỉnh (mục 1). Hạng luôn ghi kèm số tỉnh được xếp (ví dụ 59/63).',
    introYear: 'Các chỉ số không có số liệu năm này được nêu ở mục 1.',
    coverage: '1. Phạm vi số liệu',
    usedFor: 'Dùng cho',
    uses: { composite: 'điểm tổng hợp, hạng', components: 'chỉ số thành phần' },
    provinceData: 'Số liệu của tỉnh',
    withComposite: 'Tỉnh có điểm tổng hợp',
    withComponents: 'Tỉnh có điểm thành phần',
    composite: { published: 'điểm tổng hợp công bố', computed: 'điểm tổng hợp tính theo quy tắc của chỉ số', none: 'không có điểm tổng hợp' },
    rankOf: { official: 'hạng công bố', reported: 'hạng theo báo chí', computed: 'hạng tính từ điểm', none: 'không có hạng' },
    componentsOf: (have: number, of: number) => `${have}/${of} chỉ số thành phần`,
    coverageRule: (pct: number) =>
      `Trung vị và hạng tính từ điểm chỉ được tính khi ít nhất ${pct}% số tỉnh có số liệu; dưới mức đó ô tương ứng ghi “không có” kèm lý do. Hạng công bố (hoặc theo báo chí) luôn được hiển thị.`,
    sources: 'Nguồn số liệu của tỉnh',
    summary: '2. Tổng hợp các chỉ số',
    since: 'So với',
    notes: 'Ghi chú',
    noComposite: 'không có điểm tổng hợp',
    rankOnly: 'dữ liệu chỉ có hạng, không có điểm',
    footnoteTitle: (from: number, to: number) => `Diễn biến xếp hạng ${from}–${to}`,
    noRanksInWindow: 'Không có hạng nào trong giai đoạn này.',
    weakest: '3. Chỉ số thành phần yếu nhất',
    weakestIntro: (n: number) =>
      `Với mỗi chỉ số: ${n} chỉ số thành phần có vị trí thấp nhất so với các tỉnh (theo phân vị của hạng); mốc so sánh là trung vị các tỉnh có dữ liệu. Sở chủ trì kèm cơ sở phân công.`,
    triage: '4. Phân loại theo diễn biến so với năm trước',
    triageIntro: 'Hạng quyết định khi có hạng ở cả hai năm; nếu không, điểm quyết định. Mục có đánh dấu (đổi phương pháp, khác mẫu số) không so sánh trực tiếp được, cần đọc kèm mục 6.',
    fell: 'Cần tập trung khắc phục',
    roseOrHeld: 'Duy trì và nâng cao',
    scoreUpRankDown: 'Điểm tăng nhưng hạng giảm',
    none: 'Không có.',
    notCompared: 'Không so sánh được với năm trước:',
    rank: 'hạng',
    score: 'điểm',
    places: (n: number) => (n === 0 ? 'giữ hạng' : `${n > 0 ? '↑' : '↓'}${Math.abs(n)} bậc`),
    noRank: 'không có hạng',
    focal: 'đầu mối',
    lead: 'chủ trì',
    noDept: 'chưa phân công',
    chart: (from: number, to: number) => `5. Biểu đồ hạng ${from}–${to} (hạng 1 ở trên cùng)`,
    chartPlain: '5. Biểu đồ hạng',
    noChart: 'Không có chỉ số nào có hạng ở ít nhất hai năm trong giai đoạn này.',
    caveats: '6. Lưu ý',
    noCaveats: 'Không có.',
    missingYears: (index: string, list: string) => `${index}: không có điểm tổng hợp hay hạng của tỉnh năm ${list}.`,
    missingReason: { 'no-file': 'chưa có tệp dữ liệu', 'not-in-file': 'tỉnh không có trong dữ liệu', 'components-only': 'chỉ có điểm chỉ số thành phần', 'no-composite': 'dòng dữ liệu không có điểm' },
    breakCaveat: (index: string, year: number, what: string) => `${index} đổi phương pháp từ năm ${year}${what ? ` (${what})` : ''}: điểm và hạng trước và sau năm này không so sánh trực tiếp được.`,
    reportedRanks: (index: string) => `${index} không công bố xếp hạng chính thức: hạng “theo báo chí” lấy từ báo chí và văn bản của tỉnh (chưa chính thức).`,
    computedRanks: (index: string, years: string) => `Hạng ${index} năm ${years} do chiso tính từ điểm (dấu *), không phải hạng công bố.`,
    computedComponentRanks: (index: string, year: number) => `Hạng các chỉ số thành phần ${index} ${year} do chiso tính từ điểm trong số các tỉnh có số liệu.`,
    computedScores: (index: string, years: string) => `Điểm tổng hợp ${index} năm ${years} được tính từ các chỉ số thành phần theo quy tắc công bố (dữ liệu không có điểm tổng hợp).`,
    coverageCaveat: (index: string, year: number, measure: 'composite' | 'components', have: number, of: number, pct: number) =>
      `${index} ${year}: chỉ ${have}/${of} tỉnh có ${measure === 'composite' ? 'điểm tổng hợp' : 'điểm chỉ số thành phần'} (dữ liệu chưa đầy đủ): không tính trung vị hay hạng từ điểm (cần ít nhất ${pct}%).`,
    departments: (file: string, shown: number, parts: string, noDecision: boolean) =>
      `Phân công sở, ngành lấy từ ${file}: trong ${shown} phân công nêu trong báo cáo có ${parts}.${noDecision ? ' Không phân công nào dựa trên văn bản giao nhiệm vụ của tỉnh; cần đối chiếu trước khi sử dụng.' : ''}`,
    basisCount: { decision: 'theo văn bản giao của tỉnh', verified: 'đã xác minh ở tỉnh khác', 'partly-verified': 'xác minh một phần ở tỉnh khác', unconfirmed: 'chưa xác nhận (cách làm thường gặp ở các tỉnh)' },
    merger: (old: string, last: number, next: string, from: string, members: string) =>
      `Sáp nhập 2025: số liệu đến năm ${last} là của ${old} cũ; ${from}${next} là đơn vị mới (gồm ${members}), không so sánh với ${old} cũ.`,
    mergerFrom: (year: number) => `từ năm ${year}, `,
    and: 'và',
  },
  en: {
    title: (province: string) => `Provincial governance indices report — ${province}`,
    dataUntil: (year: number) => `Data up to ${year}.`,
    dataOf: (year: number) => `Data for ${year}.`,
    noData: (province: string) => `The data hold nothing for ${province}.`,
    intro: 'Each index is reported for the latest year with data for the province (section 1). Every rank comes with the number of provinces ranked (e.g. 59/63).',
    introYear: 'Indices without data for this year are named in section 1.',
    coverage: '1. Data coverage',
    usedFor: 'Used for',
    uses: { composite: 'composite, rank', components: 'components' },
    provinceData: "Province's data",
    withComposite: 'Provinces with composite',
    withComponents: 'Provinces with components',
    composite: { published: 'published composite', computed: "composite computed by the index's rule", none: 'no composite' },
    rankOf: { official: 'official rank', reported: 'reported rank', computed: 'computed rank', none: 'no rank' },
    componentsOf: (have: number, of: number) => `${have} of ${of} components`,
    coverageRule: (pct: number) =>
      `Medians and computed ranks need at least ${pct}% of the provinces to have data; below that the cell says "n/a" with the reason. Published (or reported) ranks are always shown.`,
    sources: "Sources of the province's data",
    summary: '2. Summary across indices',
    since: 'vs',
    notes: 'Notes',
    noComposite: 'no composite score',
    rankOnly: 'the data give a rank but no score',
    footnoteTitle: (from: number, to: number) => `Rank history ${from}–${to}`,
    noRanksInWindow: 'No ranks in this period.',
    weakest: '3. Weakest components',
    weakestIntro: (n: number) =>
      `For each index: the ${n} components placed lowest among the provinces (by percentile rank), against the median of the provinces with data, with the lead department and how that assignment is known.`,
    triage: '4. Movement since the previous year',
    triageIntro: 'The rank decides where there is one in both years; otherwise the score does. Flagged items (method break, N differs) are not like for like: read them with section 6.',
    fell: 'Needs focused remedy (fell)',
    roseOrHeld: 'Maintain and improve (rose or held)',
    scoreUpRankDown: 'Score up but rank down',
    none: 'None.',
    notCompared: 'Not compared with the previous year:',
    rank: 'rank',
    score: 'score',
    places: (n: number) => (n === 0 ? 'held' : `${n > 0 ? 'up' : 'down'} ${Math.abs(n)}`),
    noRank: 'no rank',
    focal: 'focal point',
    lead: 'lead',
    noDept: 'not assigned',
    chart: (from: number, to: number) => `5. Rank chart ${from}–${to} (rank 1 at the top)`,
    chartPlain: '5. Rank chart',
    noChart: 'No index has a rank in at least two years of this period.',
    caveats: '6. Caveats',
    noCaveats: 'None.',
    missingYears: (index: string, list: string) => `${index}: no composite score or rank for the province in ${list}.`,
    missingReason: { 'no-file': 'no data file', 'not-in-file': 'province not in the data', 'components-only': 'component scores only', 'no-composite': 'a row without scores' },
    breakCaveat: (index: string, year: number, what: string) => `${index} changed its methodology in ${year}${what ? ` (${what})` : ''}: scores and ranks before and after are not like for like.`,
    reportedRanks: (index: string) => `${index} publishes no official ranking: "reported" ranks come from the press and provincial documents (unofficial).`,
    computedRanks: (index: string, years: string) => `${index} ranks for ${years} are computed by chiso from the scores (marked *), not published ranks.`,
    computedComponentRanks: (index: string, year: number) => `${index} ${year} component ranks are computed by chiso among the provinces with data.`,
    computedScores: (index: string, years: string) => `${index} composites for ${years} are computed from the components by the published rule (the data have no composite).`,
    coverageCaveat: (index: string, year: number, measure: 'composite' | 'components', have: number, of: number, pct: number) =>
      `${index} ${year}: only ${have} of ${of} provinces have ${measure === 'composite' ? 'a composite score' : 'component scores'} (partial data): no medians or computed ranks (at least ${pct}% needed).`,
    departments: (file: string, shown: number, parts: string, noDecision: boolean) =>
      `Department assignments come from ${file}: of the ${shown} assignments named in this report, ${parts}.${noDecision ? " None rests on a decision of the province's own; check them before use." : ''}`,
    basisCount: { decision: "by the province's named decision", verified: 'verified in another province', 'partly-verified': 'partly verified in another province', unconfirmed: 'unconfirmed (common practice across provinces)' },
    merger: (old: string, last: number, next: string, from: string, members: string) =>
      `2025 merger: data up to ${last} refer to the old ${old}; ${from}${next} is the new unit (formed from ${members}), not compared with the old ${old}.`,
    mergerFrom: (year: number) => `from ${year}, `,
    and: 'and',
  },
};

/** Why the report has no number, in words (the reasons of gaps plus the report's own). */
export function reportReasonText(reason: ReportReason, lang: 'vi' | 'en', nameOf: NameOf, yearsText: (years: number[]) => string): string {
  const vi = lang === 'vi';
  switch (reason.code) {
    case 'not-in-data':
      return vi
        ? `tỉnh không có trong dữ liệu ${nameOf(reason.index)}${reason.years.length > 0 ? ` (các năm có dữ liệu: ${yearsText(reason.years)})` : ''}`
        : `the province is not in the ${nameOf(reason.index)} data${reason.years.length > 0 ? ` (years with data: ${yearsText(reason.years)})` : ''}`;
    case 'unit-changed':
      return vi ? `${nameOf(reason.to)} là đơn vị mới sau sáp nhập, khác ${nameOf(reason.from)} trước đó` : `${nameOf(reason.to)} is a new unit after a merger, not the earlier ${nameOf(reason.from)}`;
    case 'no-earlier-data':
      return vi ? 'không có số liệu năm trước' : 'no earlier year with data';
    default:
      return naText(reason, lang, nameOf);
  }
}
