/** Labels of `chiso trend`, including the directive-style summary line. */
export const TREND = {
  vi: {
    title: (province: string) => `Diễn biến xếp hạng: ${province}`,
    scoreDelta: '± Điểm',
    places: '± Hạng',
    vs: (year: number) => `so với ${year}`,
    noData: (index: string, province: string, years: string) =>
      `${index}: không có dữ liệu cho ${province}${years ? ` (các năm có dữ liệu ${index}: ${years})` : ''}.`,
    breaks: (index: string, list: string) => `${index} — thay đổi phương pháp: ${list}. Thay đổi qua các năm này được đánh dấu “đổi phương pháp”.`,
    breakItem: (year: number, what: string) => (what ? `${year} (${what})` : String(year)),
    summaryTitle: 'Tóm tắt',
    /** "Chỉ số năng lực cạnh tranh cấp tỉnh PCI: năm 2020 xếp thứ 41/63, năm 2021 xếp thứ 41/63 và năm 2022 xếp thứ 59/63." */
    summary: (indexName: string, short: string, parts: string[], missing: string) =>
      `${indexName} ${short}: ${parts.length > 0 ? joinAnd(parts, 'và') : 'không có hạng'}${missing ? `; ${missing}` : ''}.`,
    /** The same with the short name only ("PCI: năm 2020 xếp thứ 41/63, …"), where the full name is in a table above. */
    summaryShort: (short: string, parts: string[], missing: string) =>
      `${short}: ${parts.length > 0 ? joinAnd(parts, 'và') : 'không có hạng'}${missing ? `; ${missing}` : ''}.`,
    ranked: (year: number, rank: string) => `năm ${year} xếp thứ ${rank}`,
    tied: (names: string) => ` (đồng hạng với ${names})`,
    computedMark: '*',
    computedFootnote: '* hạng tính từ điểm (chỉ số này không có hạng công bố năm đó).',
    unranked: (years: string) => `năm ${years} không có hạng`,
    chartTitle: 'Biểu đồ hạng (hạng 1 ở trên cùng)',
    chartLabel: (index: string) => index,
    /** The caption of a chart on the percentile scale, in short lines so that it fits beside another chart. */
    chartLabelPercentile: (index: string) => [`${index}: theo phân vị 0–100 (số tỉnh đổi)`, 'dưới mỗi năm: hạng/số tỉnh'],
    chartKey: 'Mỗi hàng một hạng tỉnh đã đạt (hạng 1 ở trên); dưới mỗi năm: số tỉnh xếp hạng.',
    earlier: 'các năm trước, không đủ chỗ vẽ:',
    skipped: (years: string) => `năm không có hạng, không vẽ: ${years}`,
    unitNote: (units: string) => `Tên này chỉ các đơn vị hành chính khác nhau qua các năm (${units}); không so sánh giữa hai đơn vị.`,
    until: (year: number) => `đến ${year}`,
    since: (year: number) => `từ ${year}`,
  },
  en: {
    title: (province: string) => `Rank history: ${province}`,
    scoreDelta: '± Score',
    places: '± Rank',
    vs: (year: number) => `vs ${year}`,
    noData: (index: string, province: string, years: string) => `${index}: no data for ${province}${years ? ` (years with ${index} data: ${years})` : ''}.`,
    breaks: (index: string, list: string) => `${index} methodology breaks: ${list}. Changes across them are marked "method break".`,
    breakItem: (year: number, what: string) => (what ? `${year} (${what})` : String(year)),
    summaryTitle: 'Summary',
    summary: (indexName: string, short: string, parts: string[], missing: string) =>
      `${indexName} (${short}): ${parts.length > 0 ? joinAnd(parts, 'and') : 'no rank'}${missing ? `; ${missing}` : ''}.`,
    summaryShort: (short: string, parts: string[], missing: string) =>
      `${short}: ${parts.length > 0 ? joinAnd(parts, 'and') : 'no rank'}${missing ? `; ${missing}` : ''}.`,
    ranked: (year: number, rank: string) => `${rank} in ${year}`,
    tied: (names: string) => ` (tied with ${names})`,
    computedMark: '*',
    computedFootnote: '* rank computed from the scores (no published rank for the index that year).',
    unranked: (years: string) => `no rank in ${years}`,
    chartTitle: 'Rank chart (rank 1 at the top)',
    chartLabel: (index: string) => index,
    chartLabelPercentile: (index: string) => [`${index}: by percentile 0–100 (N changes)`, 'under each year: rank/N'],
    chartKey: 'Each row is a rank the province held (rank 1 at the top); under each year, the number of provinces ranked that year.',
    earlier: 'earlier years, no room to draw:',
    skipped: (years: string) => `years without a rank, not drawn: ${years}`,
    unitNote: (units: string) => `The name denotes different provincial units over time (${units}); they are not compared.`,
    until: (year: number) => `until ${year}`,
    since: (year: number) => `from ${year}`,
  },
};

/** "a, b và c" / "a, b and c". */
function joinAnd(parts: string[], and: string): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}
