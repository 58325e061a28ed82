/** Labels for the owners' groups (PAPI percentile groups, PCI tiers, PAR INDEX A/B/C) next to a rank. */
export const GROUPS = {
  vi: {
    column: 'Nhóm',
    /** In a sentence after the rank: "hạng 26/61, nhóm Trung bình cao". */
    inline: (label: string) => `nhóm ${label}`,
  },
  en: {
    column: 'Group',
    inline: (label: string) => `group ${label}`,
  },
};
