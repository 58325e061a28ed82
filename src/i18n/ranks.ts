/** Labels of `chiso ranks`, and the rank vocabulary that `changes` and `trend` share. */
export const RANKS = {
  vi: {
    title: (index: string, year: number) => `Bảng xếp hạng ${index} năm ${year}`,
    percentile: 'Phân vị',
    /** Places moved, in words ("↑3 bậc", "giữ hạng"). */
    places: (n: number) => (n === 0 ? 'giữ hạng' : `${n > 0 ? '↑' : '↓'}${Math.abs(n)} bậc`),
    rankOrigin: 'Loại hạng',
    notes: 'Ghi chú',
    official: 'công bố',
    reported: 'theo báo chí',
    computed: 'tính từ điểm',
    tiedWith: (names: string) => `đồng hạng với ${names}`,
    byScore: (rank: string) => `theo điểm: ${rank}`,
    sameScoreAs: (names: string) => `bằng điểm ${names}`,
    andOthers: (n: number) => `và ${n} tỉnh khác`,
    noRank: { 'no-data': 'không có dữ liệu', 'no-score': 'không có điểm', coverage: 'không xếp hạng (ít tỉnh có điểm)', aggregate: 'không áp dụng' },
    aggregateNote: (name: string) =>
      `"${name}" là số liệu chung, không phải một tỉnh: không được xếp hạng (hạng/N, phân vị, nhóm và số bậc không áp dụng); bảng xếp hạng của mọi năm giữ nguyên N.`,
    aggregateStandIn: (index: string, used: string, asked: string) =>
      `${index}: số liệu "${used}" thay cho "${asked}" (dữ liệu ${index} không có số liệu "${asked}"), như --benchmark national.`,
    aggregateCoverage: (index: string, name: string, have: string, missing: string) =>
      `${index}: dữ liệu có số liệu "${name}" các năm ${have}; không có các năm ${missing}.`,
    aggregateNone: (index: string, name: string, years: string) => `${index}: dữ liệu không có số liệu "${name}" (có bảng các năm ${years}).`,
    computedScore: 'điểm tính từ các chỉ số thành phần',
    coverage: (withScore: number, expected: number, min: number) =>
      `${withScore}/${expected} tỉnh có điểm. Hạng chỉ được tính từ điểm khi ít nhất ${min}% số tỉnh có điểm; dưới mức đó chỉ có hạng công bố.`,
    computedNote: 'Hạng "tính từ điểm" do chiso xếp theo điểm (đồng điểm thì đồng hạng: 1, 2, 2, 4) trong số các tỉnh có điểm; mẫu số là số tỉnh đó.',
    reportedNote: (index: string) => `${index} không công bố xếp hạng chính thức: hạng "theo báo chí" lấy từ báo chí và văn bản của tỉnh.`,
    allComputedScores: (n: number) => `${n} điểm tổng hợp được tính từ các chỉ số thành phần theo quy tắc của giai đoạn (dữ liệu không có điểm công bố).`,
    missing: (n: number, names: string) => `Không có trong dữ liệu (${n}): ${names}.`,
    missingMany: (n: number) => `${n} tỉnh không có trong dữ liệu năm này.`,
    methodology: (from: number, to: number) => `Phương pháp ${from}–${to}`,
    filter: {
      region: (name: string) => `vùng ${name}`,
      top: (n: number) => `${n} tỉnh đứng đầu`,
      bottom: (n: number) => `${n} tỉnh cuối bảng`,
    },
    shown: (what: string) => `Chỉ hiển thị: ${what}; hạng vẫn là hạng cả nước.`,
    empty: 'Không có tỉnh nào.',
  },
  en: {
    title: (index: string, year: number) => `${index} ${year} ranking`,
    percentile: 'Percentile',
    /** Places moved, in words ("up 3", "held"). */
    places: (n: number) => (n === 0 ? 'held' : `${n > 0 ? 'up' : 'down'} ${Math.abs(n)}`),
    rankOrigin: 'Rank type',
    notes: 'Notes',
    official: 'official',
    reported: 'reported',
    computed: 'computed',
    tiedWith: (names: string) => `tied with ${names}`,
    byScore: (rank: string) => `by score: ${rank}`,
    sameScoreAs: (names: string) => `same score as ${names}`,
    andOthers: (n: number) => `and ${n} more`,
    noRank: { 'no-data': 'no data', 'no-score': 'no score', coverage: 'not ranked (too few scores)', aggregate: 'n/a' },
    aggregateNote: (name: string) =>
      `"${name}" is an aggregate, not a province: it is not ranked (rank/N, percentile, group and places do not apply); every year's ranking keeps its N.`,
    aggregateCoverage: (index: string, name: string, have: string, missing: string) =>
      `${index}: the data has the "${name}" figure for ${have}; none for ${missing}.`,
    aggregateNone: (index: string, name: string, years: string) => `${index}: the data has no "${name}" figure (tables for ${years}).`,
    aggregateStandIn: (index: string, used: string, asked: string) =>
      `${index}: the "${used}" figure stands in for "${asked}" (the ${index} data has no "${asked}" figure), as in --benchmark national.`,
    computedScore: 'score computed from the components',
    coverage: (withScore: number, expected: number, min: number) =>
      `${withScore} of ${expected} provinces have a score. Ranks are computed from scores only when at least ${min}% of the provinces have one; below that only published ranks are shown.`,
    computedNote:
      '"Computed" ranks are chiso\'s ranking of the scores (equal scores share a rank: 1, 2, 2, 4) among the provinces that have one; the denominator is their number.',
    reportedNote: (index: string) => `${index} publishes no official ranking: "reported" ranks come from the press and provincial documents.`,
    allComputedScores: (n: number) => `${n} composite scores are computed from the components by the period's rule (the data has no published composite).`,
    missing: (n: number, names: string) => `Not in the data (${n}): ${names}.`,
    missingMany: (n: number) => `${n} provinces are not in the data for this year.`,
    methodology: (from: number, to: number) => `Methodology ${from}–${to}`,
    filter: {
      region: (name: string) => `region ${name}`,
      top: (n: number) => `top ${n}`,
      bottom: (n: number) => `bottom ${n}`,
    },
    shown: (what: string) => `Showing only: ${what}; ranks are national.`,
    empty: 'No provinces.',
  },
};

/** What a change flag means, for notes under tables (shared by `changes` and `trend`). */
export const FLAGS = {
  vi: {
    'methodology-break': 'thay đổi phương pháp',
    'scale-changed': 'thang điểm thay đổi, không so sánh điểm',
    'denominator-changed': 'số tỉnh được xếp hạng hai năm khác nhau',
    'unit-changed': 'đơn vị hành chính khác (sáp nhập), không so sánh',
    'score-up-rank-down': 'điểm tăng nhưng hạng giảm',
    'score-down-rank-up': 'điểm giảm nhưng hạng tăng',
  },
  en: {
    'methodology-break': 'methodology break',
    'scale-changed': 'score scale changed, scores not compared',
    'denominator-changed': 'the two years rank different numbers of provinces',
    'unit-changed': 'a different provincial unit (merger), not compared',
    'score-up-rank-down': 'score up, rank down',
    'score-down-rank-up': 'score down, rank up',
  },
};

/**
 * Short region labels for narrow table columns (the abbreviations planning documents use);
 * a region not listed here is shown by its full name from regions.csv.
 */
export const REGION_SHORT: { vi: Record<string, string>; en: Record<string, string> } = {
  vi: {
    northern_midlands_mountains: 'TDMNPB',
    red_river_delta: 'ĐBSH',
    north_central_central_coast: 'BTB-DHMT',
    central_highlands: 'Tây Nguyên',
    southeast: 'Đông Nam Bộ',
    mekong_delta: 'ĐBSCL',
  },
  en: {
    northern_midlands_mountains: 'N. Midlands & Mountains',
    red_river_delta: 'Red River Delta',
    north_central_central_coast: 'N. Central & Coast',
    central_highlands: 'Central Highlands',
    southeast: 'Southeast',
    mekong_delta: 'Mekong Delta',
  },
};

/** Short marks for change flags in narrow table cells; the legend under the table spells them out (FLAGS). */
export const FLAG_MARKS = {
  vi: {
    'methodology-break': 'đổi phương pháp',
    'scale-changed': 'đổi thang điểm',
    'denominator-changed': 'khác mẫu số',
    'unit-changed': 'khác đơn vị',
    'score-up-rank-down': 'điểm ↑ hạng ↓',
    'score-down-rank-up': 'điểm ↓ hạng ↑',
  },
  en: {
    'methodology-break': 'method break',
    'scale-changed': 'scale changed',
    'denominator-changed': 'N differs',
    'unit-changed': 'other unit',
    'score-up-rank-down': 'score ↑ rank ↓',
    'score-down-rank-up': 'score ↓ rank ↑',
  },
};
