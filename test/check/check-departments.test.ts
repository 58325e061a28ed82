import { describe, expect, it } from 'vitest';
import { checkDepartments, type MappingContext } from '../../src/check/check-departments.js';
import type { Assignment, DepartmentMapping } from '../../src/model/departments.js';
import type { Period } from '../../src/model/types.js';
import { english, inLang } from '../../src/model/text.js';

const period = (id: string, from: number, to: number, codes: string[]): Period => ({
  index: 'pci',
  id,
  fromYear: from,
  toYear: to,
  aggregation: 'unknown',
  compositeMax: 100,
  components: codes.map((code) => ({ code, kind: 'component', nameVi: code, nameEn: code })),
});
const ctx: MappingContext = {
  indices: new Map([
    ['pci', { id: 'pci', nameVi: 'PCI', nameEn: 'PCI', shortName: 'PCI', publisher: 'x', compositeCode: 'pci', rankKind: 'official', precision: 2 }],
    ['papi', { id: 'papi', nameVi: 'PAPI', nameEn: 'PAPI', shortName: 'PAPI', publisher: 'x', compositeCode: 'papi', rankKind: 'reported', precision: 4 }],
  ]),
  periods: [period('old', 2006, 2008, ['land', 'soe']), period('new', 2009, 2024, ['land'])],
};
const columns = { index: 1, component: 2, lead: 3, coordinating: 4, effective_from: 5, effective_to: 6, basis: 7, source: 8, note: 9 };
const row = (line: number, index: string, component: string, from?: string, to?: string): Assignment => ({
  index,
  component,
  lead: ['Sở X'],
  coordinating: [],
  from,
  to,
  basis: 'decision',
  line,
});
const check = (rows: Assignment[]) => checkDepartments({ file: 'm.csv', assignments: rows, columns } satisfies DepartmentMapping, ctx);
const papi = row(9, 'papi', 'papi');

describe('checkDepartments', () => {
  it('passes a mapping that covers every component in every year', () => {
    expect(check([row(2, 'pci', 'land'), row(3, 'pci', 'soe', undefined, '2008-12-31'), row(4, 'pci', 'pci'), papi])).toEqual([]);
  });

  it('reports an unknown index or component at its cell', () => {
    const issues = check([row(2, 'pcx', 'land'), row(3, 'pci', 'lnd'), row(4, 'pci', 'land'), row(5, 'pci', 'soe'), papi]);
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.column, i.check])).toEqual([
      [2, 1, 'unknown-index'],
      [3, 2, 'unknown-component'],
    ]);
  });

  it('reports overlapping ranges of one component, at the later row', () => {
    const issues = check([row(2, 'pci', 'land', undefined, '2024-12-31'), row(3, 'pci', 'land', '2024-07-01'), row(4, 'pci', 'soe'), papi]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([
      expect.objectContaining({
        line: 3,
        column: 5,
        check: 'overlapping-assignment',
        message: { vi: 'pci land: 2024-07-01–… trùng với …–2024 ở dòng 2', en: 'pci land: 2024-07-01–… overlaps …–2024 on line 2' },
      }),
    ]);
  });

  it('accepts ranges that meet without overlapping', () => {
    expect(check([row(2, 'pci', 'land', undefined, '2024-12-31'), row(3, 'pci', 'land', '2025-01-01'), row(4, 'pci', 'soe'), papi])).toEqual([]);
  });

  it('reports a range that ends before it starts', () => {
    expect(check([row(2, 'pci', 'land', '2020-01-01', '2019-12-31'), row(3, 'pci', 'soe'), papi]).find((i) => i.check === 'bad-range')).toMatchObject({
      line: 2,
      column: 6,
    });
  });

  it('warns about components without a lead in some years, and indices without any assignment', () => {
    const issues = check([row(2, 'pci', 'land', '2010-01-01')]);
    expect(issues.map((i) => [i.severity, english(i.message)])).toEqual([
      ['warning', 'pci land: no lead department for 2006–2009'],
      ['warning', 'pci soe: no lead department for 2006–2008'],
      ['warning', 'no assignments for PAPI: its components have no lead department'],
    ]);
    expect(issues.map((i) => inLang(i.message, 'vi'))).toEqual([
      'pci land: chưa có sở chủ trì cho 2006–2009',
      'pci soe: chưa có sở chủ trì cho 2006–2008',
      'PAPI chưa được phân công: các chỉ số thành phần chưa có sở chủ trì',
    ]);
  });
});
