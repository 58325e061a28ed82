import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupOf, groupsOf } from '../../src/analysis/groups.js';
import type { GroupScheme, Observation, Period, YearTable } from '../../src/model/types.js';

// Made-up tables: scores on a coarse grid (so that ties are common), some rows without a composite,
// some with components only (the rule computes their composite), some with a published tier.
const row = fc.record({
  composite: fc.option(
    fc.integer({ min: 0, max: 20 }).map((x) => x * 5),
    { nil: undefined },
  ),
  a: fc.option(
    fc.integer({ min: 0, max: 4 }).map((x) => x * 2.5),
    { nil: undefined },
  ),
  b: fc.option(
    fc.integer({ min: 0, max: 4 }).map((x) => x * 2.5),
    { nil: undefined },
  ),
  tier: fc.option(fc.constantFrom('Rất tốt', 'rất Tốt', 'Khá', 'Other'), { nil: undefined }),
});

type RowDraw = { composite?: number; a?: number; b?: number; tier?: string };

const period: Period = {
  index: 'syn',
  id: 'syn-1',
  fromYear: 2020,
  toYear: 2030,
  aggregation: 'sum',
  compositeMax: 100,
  components: [
    { code: 'a', kind: 'component', max: 50 },
    { code: 'b', kind: 'component', max: 50 },
  ] as Period['components'],
};

const groups = [
  { code: 'top', labelVi: 'Rất tốt', labelEn: 'Very good', min: 0.75 },
  { code: 'mid', labelVi: 'Khá', labelEn: 'Fair', min: 0.5 },
  { code: 'low', labelVi: 'Trung bình', labelEn: 'Average', min: 0 },
];
const schemes: (GroupScheme | undefined)[] = [
  undefined,
  { index: 'syn', fromYear: 2020, toYear: 2030, rule: 'percentile', groups, source: 's' },
  { index: 'syn', fromYear: 2020, toYear: 2030, rule: 'share-of-max', groups: groups.map((g, i) => ({ ...g, min: [80, 50, 20][i] })), source: 's' },
  { index: 'syn', fromYear: 2020, toYear: 2030, rule: 'published', groups, source: 's' },
];

function tableOf(rows: RowDraw[]): YearTable {
  const obs = rows.map((r, i): Observation => {
    const values: Record<string, number> = {};
    if (r.a !== undefined) values.a = r.a;
    if (r.b !== undefined) values.b = r.b;
    return { province: `p${i}`, line: i + 2, composite: r.composite, values, componentRanks: {}, sources: [], tier: r.tier };
  });
  return { index: 'syn', year: 2024, file: 'syn/2024.csv', rows: obs, aggregates: [], columns: {} };
}

describe('groupOf (one unit) agrees with groupsOf (every unit)', () => {
  it('on random tables, for every rule, every row and a code without a row', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (rows, expected) => {
        const table = tableOf(rows);
        for (const scheme of schemes) {
          const all = groupsOf(scheme, table, period, expected);
          for (const code of [...table.rows.map((r) => r.province), 'absent']) {
            expect(groupOf(scheme, table, period, expected, code)).toEqual(all.get(code) ?? null);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
