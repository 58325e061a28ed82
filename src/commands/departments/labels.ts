import type { Basis } from '../../model/departments.js';

/** Labels of `chiso departments` and of the department columns of gaps and weakest. */
export const DEPARTMENTS = {
  vi: {
    title: 'Phân công sở, ngành theo chỉ số thành phần',
    titleYear: (year: number) => `Phân công sở, ngành theo chỉ số thành phần (năm ${year})`,
    titleOf: (department: string) => `Các chỉ số thành phần do ${department} phụ trách`,
    standing: (province: string, year?: number) => (year === undefined ? `Kết quả của ${province}` : `Kết quả của ${province} năm ${year}`),
    index: 'Chỉ số',
    component: 'Thành phần',
    lead: 'Chủ trì',
    coordinating: 'Phối hợp',
    span: 'Hiệu lực',
    basis: 'Cơ sở',
    source: 'Nguồn',
    role: 'Vai trò',
    roles: { lead: 'chủ trì', coordinating: 'phối hợp' },
    overall: 'đầu mối chung',
    file: (file: string) => `Tệp phân công: ${file}`,
    none: 'Không có phân công nào.',
    noneFor: (department: string, year?: number) => `${department} không có phân công nào${year === undefined ? '' : ` còn hiệu lực năm ${year}`}.`,
    sources: 'Nguồn',
    successors: (names: string) => `Năm đó các thành phần này do ${names} chủ trì.`,
  },
  en: {
    title: 'Department assignments by component',
    titleYear: (year: number) => `Department assignments by component (${year})`,
    titleOf: (department: string) => `Components ${department} answers for`,
    standing: (province: string, year?: number) => (year === undefined ? `Standing of ${province}` : `Standing of ${province} in ${year}`),
    index: 'Index',
    component: 'Component',
    lead: 'Lead',
    coordinating: 'Coordinating',
    span: 'In force',
    basis: 'Basis',
    source: 'Source',
    role: 'Role',
    roles: { lead: 'lead', coordinating: 'coordinating' },
    overall: 'overall focal point',
    file: (file: string) => `Mapping file: ${file}`,
    none: 'No assignments.',
    noneFor: (department: string, year?: number) => `${department} has no assignments${year === undefined ? '' : ` in force in ${year}`}.`,
    sources: 'Sources',
    successors: (names: string) => `That year its components are led by ${names}.`,
  },
};

/** How an assignment is known, in words (the status labels of the domain reference). */
export const BASIS_LABELS: { vi: Record<Basis, string>; en: Record<Basis, string> } = {
  vi: { decision: 'theo văn bản giao', verified: 'xác minh ở tỉnh khác', 'partly-verified': 'xác minh một phần ở tỉnh khác', unconfirmed: 'chưa xác nhận' },
  en: { decision: 'named decision', verified: 'verified in another province', 'partly-verified': 'partly verified in another province', unconfirmed: 'unconfirmed' },
};
