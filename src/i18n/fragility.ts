/** Words of the "how fragile is the rank" section, shared by gaps, report and target. */
export const FRAGILITY = {
  vi: {
    title: 'Độ vững của thứ hạng',
    intro: 'Điểm tổng hợp cần thay đổi để lên hoặc xuống một bậc, các tỉnh khác giữ nguyên điểm công bố; số tỉnh có điểm sát với tỉnh.',
    up: (move: string, change: string) => `Lên 1 bậc (${move}): cần ${change} điểm tổng hợp`,
    down: (move: string, change: string) => `Xuống 1 bậc (${move}): chỉ cần ${change} điểm`,
    first: 'Đang đứng đầu: không có bậc trên',
    last: 'Đang đứng cuối: không có bậc dưới',
    within: (half: number, one: number) => `${half} tỉnh trong khoảng ±0,5 điểm, ${one} tỉnh trong khoảng ±1 điểm`,
    at: (items: string) => `Hạng nếu điểm tổng hợp thay đổi: ${items}`,
  },
  en: {
    title: 'How fragile the rank is',
    intro:
      'The composite change that moves the province one place up or down, the other provinces held at their published scores; how many provinces are close to it.',
    up: (move: string, change: string) => `One place up (${move}): ${change} composite points`,
    down: (move: string, change: string) => `One place down (${move}): only ${change} points`,
    first: 'First: no place above',
    last: 'Last: no place below',
    within: (half: number, one: number) => `${half} ${half === 1 ? 'province' : 'provinces'} within ±0.5 points, ${one} within ±1 point`,
    at: (items: string) => `Rank if the composite changes by: ${items}`,
  },
};
