/** Labels of `chiso changes`. */
export const CHANGES = {
  vi: {
    title: (index: string, from: number, to: number) => `Thay đổi ${index} ${from} → ${to}`,
    provinceTitle: (index: string, from: number, to: number, province: string) => `Thay đổi ${index} ${from} → ${to}: ${province}`,
    score: (year: number) => `Điểm ${year}`,
    rank: (year: number) => `Hạng ${year}`,
    scoreDelta: '± Điểm',
    places: '± Hạng',
    percentileDelta: '± Phân vị',
    notes: 'Ghi chú',
    composite: (index: string) => `${index} (điểm tổng hợp)`,
    risers: 'Tăng hạng nhiều nhất',
    fallers: 'Giảm hạng nhiều nhất',
    mover: (name: string, from: string, to: string, places: string) => `${name}: ${from} → ${to} (${places})`,
    noMovers: 'không có',
    break: (year: number, what: string) => `Thay đổi phương pháp năm ${year}${what ? `: ${what}` : ''}.`,
    breakAdvice: 'Điểm và hạng hai năm không hoàn toàn tương đương; các thay đổi dưới đây được đánh dấu.',
    scaleChanged: (from: number, to: number) => `Thang điểm đổi từ ${from} sang ${to}: không tính thay đổi điểm tổng hợp.`,
    unitChanged: (from: string, to: string) => `${from} và ${to} là hai đơn vị hành chính khác nhau (sáp nhập): không so sánh.`,
    legend:
      '± Hạng: số dương là tăng hạng. ± Phân vị: thay đổi vị trí phân vị (100 là đứng đầu, 0 là cuối bảng), so sánh được cả khi số tỉnh xếp hạng hai năm khác nhau.',
    empty: 'Không có tỉnh nào.',
    allComponents: 'mọi chỉ số thành phần',
    componentCoverage: (list: string, pct: number) =>
      `Hạng chỉ số thành phần không tính được từ điểm vì chưa đến ${pct}% số tỉnh có điểm (chỉ có hạng công bố, nếu có): ${list}.`,
    compositeCoverage: (index: string, list: string, pct: number) =>
      `Hạng ${index} không tính được từ điểm vì chưa đến ${pct}% số tỉnh có điểm, chỉ có hạng công bố: ${list}.`,
  },
  en: {
    title: (index: string, from: number, to: number) => `${index} changes ${from} → ${to}`,
    provinceTitle: (index: string, from: number, to: number, province: string) => `${index} changes ${from} → ${to}: ${province}`,
    score: (year: number) => `Score ${year}`,
    rank: (year: number) => `Rank ${year}`,
    scoreDelta: '± Score',
    places: '± Rank',
    percentileDelta: '± Percentile',
    notes: 'Notes',
    composite: (index: string) => `${index} (composite)`,
    risers: 'Biggest risers',
    fallers: 'Biggest fallers',
    mover: (name: string, from: string, to: string, places: string) => `${name}: ${from} → ${to} (${places})`,
    noMovers: 'none',
    break: (year: number, what: string) => `Methodology break in ${year}${what ? `: ${what}` : ''}.`,
    breakAdvice: 'Scores and ranks of the two years are not like for like; the changes below are flagged.',
    scaleChanged: (from: number, to: number) => `The score scale changed from ${from} to ${to}: no composite score change is given.`,
    unitChanged: (from: string, to: string) => `${from} and ${to} are different provincial units (merger): not compared.`,
    legend:
      '± Rank: positive means up. ± Percentile: change of percentile position (100 is the top, 0 the bottom), comparable even when the two years rank different numbers of provinces.',
    empty: 'No provinces.',
    allComponents: 'all components',
    componentCoverage: (list: string, pct: number) =>
      `Component ranks cannot be computed from scores because fewer than ${pct}% of the provinces have one (only published ranks, if any): ${list}.`,
    compositeCoverage: (index: string, list: string, pct: number) =>
      `${index} ranks cannot be computed from scores because fewer than ${pct}% of the provinces have one; only published ranks are shown: ${list}.`,
  },
};
