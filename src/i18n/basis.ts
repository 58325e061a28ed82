import type { Basis } from '../model/departments.js';

/** How an assignment is known, in words (the status labels of the domain reference). */
export const BASIS_LABELS: { vi: Record<Basis, string>; en: Record<Basis, string> } = {
  vi: { decision: 'theo văn bản giao', verified: 'xác minh ở tỉnh khác', 'partly-verified': 'xác minh một phần ở tỉnh khác', unconfirmed: 'chưa xác nhận' },
  en: {
    decision: 'named decision',
    verified: 'verified in another province',
    'partly-verified': 'partly verified in another province',
    unconfirmed: 'unconfirmed',
  },
};
