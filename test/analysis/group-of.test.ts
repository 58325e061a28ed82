import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compositeOf } from '../../src/analysis/composite.js';
import { coverageSuffices } from '../../src/analysis/coverage.js';
import { groupOf, groupsOf, ranksWithin, type GroupRef } from '../../src/analysis/groups.js';
import { denoise } from '../../src/analysis/round.js';
import { competitionRanks } from '../../src/analysis/ties.js';
import { publishedGroup } from '../../src/model/groups.js';
import type { GroupDef, GroupScheme, Observation, Period, YearTable } from '../../src/model/types.js';

/** The rules as groupsOf applied them to the whole table at once before groupOf: the reference. */
function wholeTableGroups(scheme: GroupScheme | undefined, table: YearTable, period: Period, expected: number): Map<string, GroupRef> {
  const out = new Map<string, GroupRef>();
  if (!scheme) return out;
  const ref = (g: GroupDef, label = g.labelVi): GroupRef => ({ code: g.code, label });
  if (scheme.rule === 'published') {
    for (const row of table.rows) {
      const g = row.tier === undefined ? undefined : publishedGroup(scheme, row.tier);
      if (g) out.set(row.province, ref(g, row.tier));
    }
    return out;
  }
  const scores = table.rows.flatMap((r) => {
    const c = compositeOf(r, period);
    return c === undefined ? [] : [{ key: r.province, value: c.origin === 'computed' ? denoise(c.value) : c.value }];
  });
  if (scheme.rule === 'share-of-max') {
    for (const s of scores) {
      const g = scheme.groups.find((x) => (s.value / period.compositeMax) * 100 >= x.min! - 1e-9);
      if (g) out.set(s.key, ref(g));
    }
    return out;
  }
  if (!coverageSuffices(scores.length, expected)) return out;
  for (const [province, { rank }] of competitionRanks(scores)) {
    const g = scheme.groups.find((x) => rank <= ranksWithin(scores.length, x.min!));
    if (g) out.set(province, ref(g));
  }
  return out;
}

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

describe('groupOf (one unit) and groupsOf (every unit) agree with the rules applied to the whole table', () => {
  it('on random tables, for every rule, every row and a code without a row', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (rows, expected) => {
        const table = tableOf(rows);
        for (const scheme of schemes) {
          const all = wholeTableGroups(scheme, table, period, expected);
          for (const code of [...table.rows.map((r) => r.province), 'absent']) {
            expect(groupOf(scheme, table, period, expected, code)).toEqual(all.get(code) ?? null);
          }
          expect(groupsOf(scheme, table, period, expected)).toEqual(all);
        }
      }),
      { numRuns: 300 },
    );
  });
});
