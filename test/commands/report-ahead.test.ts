import { describe, expect, it } from 'vitest';
import { assignmentSpan, sameAssignments, shiftDay } from '../../src/commands/report/ahead.js';
import type { DepartmentMapping } from '../../src/model/departments.js';

// Synthetic assignments: one body to the end of 2024, its successor from 2025, one open-ended.
const mapping: DepartmentMapping = {
  file: 'synthetic-departments.csv',
  columns: {},
  assignments: [
    { index: 'pci', component: 'a', lead: ['Old'], coordinating: [], to: '2024-12-31', basis: 'verified', line: 2 },
    { index: 'pci', component: 'a', lead: ['New'], coordinating: [], from: '2025-01-01', basis: 'verified', line: 3 },
    { index: 'pci', component: 'b', lead: ['Any'], coordinating: [], basis: 'verified', line: 4 },
  ],
};

describe('sameAssignments (whether a report computed ahead holds for a day)', () => {
  it('holds between days with the same assignments in force', () => {
    expect(sameAssignments(mapping, '2025-01-01', '2030-06-30')).toBe(true);
    expect(sameAssignments(mapping, '2010-01-01', '2024-12-31')).toBe(true);
  });

  it('does not across the day an assignment starts or ends', () => {
    expect(sameAssignments(mapping, '2024-12-31', '2025-01-01')).toBe(false);
    expect(sameAssignments(mapping, '2020-01-01', '2026-12-02')).toBe(false);
  });
});

describe('assignmentSpan (the days a stored answer holds for)', () => {
  it('is every day with the same assignments as the given one, and no other', () => {
    for (const day of ['2010-01-01', '2024-12-31', '2025-01-01', '2026-12-02']) {
      const { from, to } = assignmentSpan(mapping, day);
      for (let d = '2024-12-25'; d <= '2025-01-05'; d = shiftDay(d, 1)) {
        expect((from === null || from <= d) && (to === null || d <= to), `${day} ${d}`).toBe(sameAssignments(mapping, day, d));
      }
    }
  });

  it('ends the day before an assignment starts and starts the day after one ends', () => {
    expect(assignmentSpan(mapping, '2024-06-01')).toEqual({ from: null, to: '2024-12-31' });
    expect(assignmentSpan(mapping, '2026-12-02')).toEqual({ from: '2025-01-01', to: null });
  });
});
