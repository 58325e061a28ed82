import { describe, expect, it } from 'vitest';
import { componentsOfDepartment, departmentFor, departmentNames, formatSpan, matchDepartment, reportDay } from '../../src/analysis/departments.js';
import type { Assignment } from '../../src/model/departments.js';

const a = (line: number, component: string, lead: string[], from?: string, to?: string, coordinating: string[] = []): Assignment => ({
  index: 'pci',
  component,
  lead,
  coordinating,
  from,
  to,
  basis: 'unconfirmed',
  line,
});

// The shape of the 2025 mergers: a department's row ends with 2024, its successor's starts in 2025.
const mapping: Assignment[] = [
  a(2, 'entry_costs', ['Sở Kế hoạch và Đầu tư'], undefined, '2024-12-31', ['Công an tỉnh']),
  a(3, 'entry_costs', ['Sở Tài chính'], '2025-01-01', undefined, ['Công an tỉnh']),
  a(4, 'labor_policy', ['Sở Lao động - Thương binh và Xã hội'], undefined, '2025-02-28'),
  a(5, 'labor_policy', ['Sở Nội vụ'], '2025-03-01'),
  a(6, 'legal_institutions', ['Sở Tư pháp'], undefined, undefined, ['Công an tỉnh', 'Thanh tra tỉnh']),
  a(7, 'd2_transparency', ['Sở Tài nguyên và Môi trường']),
];

describe('departmentFor', () => {
  it('names the department of the report year: 2022 the old one, 2025 the successor', () => {
    expect(departmentFor(mapping, 'pci', 'entry_costs', 2022)?.lead).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(departmentFor(mapping, 'pci', 'entry_costs', 2024)?.lead).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(departmentFor(mapping, 'pci', 'entry_costs', 2025)?.lead).toEqual(['Sở Tài chính']);
  });

  it('reads a mid-year change at the end of the year', () => {
    expect(reportDay(2025)).toBe('2025-12-31');
    expect(departmentFor(mapping, 'pci', 'labor_policy', 2024)?.lead).toEqual(['Sở Lao động - Thương binh và Xã hội']);
    expect(departmentFor(mapping, 'pci', 'labor_policy', 2025)?.lead).toEqual(['Sở Nội vụ']);
  });

  it('falls back from a sub-component to its parent, and finds nothing for an unmapped component', () => {
    expect(departmentFor(mapping, 'pci', 'd2_sub2', 2024, 'd2_transparency')?.line).toBe(7);
    expect(departmentFor(mapping, 'pci', 'time_costs', 2024)).toBeUndefined();
    expect(departmentFor(mapping, 'papi', 'entry_costs', 2024)).toBeUndefined();
  });
});

describe('componentsOfDepartment', () => {
  it('lists the lead and coordinating roles, in force in the year when one is given', () => {
    expect(componentsOfDepartment(mapping, 'Công an tỉnh').map((o) => [o.assignment.line, o.role])).toEqual([
      [2, 'coordinating'],
      [3, 'coordinating'],
      [6, 'coordinating'],
    ]);
    expect(componentsOfDepartment(mapping, 'Công an tỉnh', 2025).map((o) => o.assignment.line)).toEqual([3, 6]);
    expect(componentsOfDepartment(mapping, 'Sở Kế hoạch và Đầu tư', 2025)).toEqual([]);
    expect(componentsOfDepartment(mapping, 'Sở Tư pháp', 2010).map((o) => o.role)).toEqual(['lead']);
  });

  it('departmentNames lists each body once', () => {
    expect(departmentNames(mapping).filter((n) => n === 'Công an tỉnh')).toHaveLength(1);
  });
});

describe('matchDepartment', () => {
  const names = [
    'Sở Kế hoạch và Đầu tư',
    'Sở Tài chính',
    'Sở Tư pháp',
    'Văn phòng UBND tỉnh',
    'UBND cấp xã',
    'Sở Lao động - Thương binh và Xã hội',
    'Sở Thông tin và Truyền thông',
  ];

  it('matches any spelling, a part of the name, or the usual abbreviation', () => {
    expect(matchDepartment(names, 'so tu phap').match).toBe('Sở Tư pháp');
    expect(matchDepartment(names, 'tài chính').match).toBe('Sở Tài chính');
    expect(matchDepartment(names, 'Sở KH&ĐT').match).toBe('Sở Kế hoạch và Đầu tư');
    expect(matchDepartment(names, 'LĐ-TB&XH').match).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(matchDepartment(names, 'Sở TT&TT').match).toBe('Sở Thông tin và Truyền thông');
    expect(matchDepartment(names, 'VP UBND tỉnh').match).toBe('Văn phòng UBND tỉnh');
  });

  it('reports ambiguity and misses', () => {
    expect(matchDepartment(names, 'UBND')).toEqual({ candidates: ['Văn phòng UBND tỉnh', 'UBND cấp xã'] });
    expect(matchDepartment(names, 'Sở Ngoại vụ')).toEqual({ candidates: [] });
  });
});

describe('formatSpan', () => {
  it('shows whole years as years and open ends as "…"', () => {
    expect(formatSpan(undefined, '2024-12-31')).toBe('…–2024');
    expect(formatSpan('2025-01-01', undefined)).toBe('2025–…');
    expect(formatSpan('2025-03-01', '2025-12-31')).toBe('2025-03-01–2025');
    expect(formatSpan(undefined, undefined)).toBe('…');
  });
});

describe('assignments as of a day around the 1 July 2025 reorganisation (synthetic rows)', () => {
  const row = (line: number, lead: string, from?: string, to?: string): Assignment => ({
    index: 'pci',
    component: 'entry_costs',
    lead: [lead],
    coordinating: [],
    from,
    to,
    basis: 'unconfirmed',
    line,
  });
  const rows = [row(2, 'Sở Kế hoạch và Đầu tư', undefined, '2025-06-30'), row(3, 'Sở Tài chính', '2025-07-01')];

  it('picks the body in force on the day, independently of the data year', () => {
    expect(departmentFor(rows, 'pci', 'entry_costs', '2025-06-30')?.lead).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(departmentFor(rows, 'pci', 'entry_costs', '2025-07-01')?.lead).toEqual(['Sở Tài chính']);
    expect(departmentFor(rows, 'pci', 'entry_costs', '2026-12-01')?.lead).toEqual(['Sở Tài chính']);
    expect(departmentFor(rows, 'pci', 'entry_costs', 2023)?.lead).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(componentsOfDepartment(rows, 'Sở Kế hoạch và Đầu tư', '2025-07-01')).toEqual([]);
    expect(componentsOfDepartment(rows, 'Sở Kế hoạch và Đầu tư', '2025-06-30')).toHaveLength(1);
  });
});
