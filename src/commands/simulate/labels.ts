/** Labels of `chiso simulate`, Vietnamese and English side by side. */
export const SIMULATE = {
  vi: {
    title: (index: string, year: number, province: string) => `Mô phỏng ${index} ${year} — ${province}`,
    before: 'Hiện tại',
    after: 'Sau thay đổi',
    change: 'Thay đổi',
    points: (index: string) => `Điểm ${index}`,
    place: 'Hạng (trước → sau)',
    lead: 'Đơn vị chủ trì',
    composite: (index: string, before: string, after: string, delta: string) => `${index}: ${before} → ${after} (${delta} điểm)`,
    place2: (before: string, after: string, pct: string) => `Hạng: ${before} → ${after}, phân vị ${pct}`,
    noComposite: (index: string, why: string) =>
      `${index}: không tính được (${why}); điểm và hạng từng chỉ số thành phần (khi đủ tỉnh có dữ liệu) vẫn được nêu`,
    noPlace: (why: string) => `Hạng: không có (${why})`,
    held: 'Các tỉnh khác giữ nguyên điểm công bố; hạng tính theo điểm ở độ chính xác công bố.',
    published: (rank: string) => `hạng công bố ${rank}, khác do cách xếp các tỉnh bằng điểm`,
  },
  en: {
    title: (index: string, year: number, province: string) => `Simulation of ${index} ${year} — ${province}`,
    before: 'Now',
    after: 'After',
    change: 'Change',
    points: (index: string) => `${index} points`,
    place: 'Rank (before → after)',
    lead: 'Lead department',
    composite: (index: string, before: string, after: string, delta: string) => `${index}: ${before} → ${after} (${delta} points)`,
    place2: (before: string, after: string, pct: string) => `Rank: ${before} → ${after}, percentile ${pct}`,
    noComposite: (index: string, why: string) => `${index}: n/a (${why}); component scores and ranks (where enough provinces have them) are still given`,
    noPlace: (why: string) => `Rank: n/a (${why})`,
    held: 'Other provinces are held at their published scores; ranks follow the scores at the published precision.',
    published: (rank: string) => `published rank ${rank}: the owner broke a tie of scores`,
  },
};
