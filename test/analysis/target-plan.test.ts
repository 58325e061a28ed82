import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/analysis/simulate.js';
import { analyseTarget } from '../../src/analysis/target.js';
import { leastRisePlan, soloRise } from '../../src/analysis/target-plan.js';
import type { Period, YearTable } from '../../src/model/types.js';

describe('leastRisePlan (hand-worked)', () => {
  it('raises the heaviest component first, in whole steps', () => {
    // Weights 20 % and 5 % on a 10-point scale: 2 and 0.5 composite points per point.
    const plan = leastRisePlan(
      [
        { code: 'light', current: 5, pointsPerUnit: 0.5, upper: 10 },
        { code: 'heavy', current: 9, pointsPerUnit: 2, upper: 10 },
      ],
      3,
      0.01,
    );
    // heavy can give 1 point (+2.00), the remaining 1.00 composite point needs 2.00 on light.
    expect(plan.rises).toEqual([
      { code: 'heavy', rise: 1, points: 2 },
      { code: 'light', rise: 2, points: 1 },
    ]);
    expect(plan.totalRise).toBe(3);
    expect(plan.feasible).toBe(true);
  });

  it('is infeasible when every bound is used and the points fall short', () => {
    const plan = leastRisePlan([{ code: 'a', current: 9.5, pointsPerUnit: 2, upper: 10 }], 2, 0.01);
    expect(plan).toMatchObject({ feasible: false, points: 1, totalRise: 0.5 });
  });

  it('one component alone rounds the rise up to the published step', () => {
    expect(soloRise(2, 1.001, 0.01)).toBe(0.51);
    expect(soloRise(0, 1, 0.01)).toBeUndefined();
  });
});

// Brute force over every combination of whole steps: the fewest steps that add `needed` points.
function bruteForce(items: { w: number; room: number }[], needed: number): number | undefined {
  let best: number | undefined;
  const walk = (i: number, steps: number, points: number) => {
    if (best !== undefined && steps >= best) return;
    if (points >= needed - 1e-9) {
      best = steps;
      return;
    }
    if (i === items.length) return;
    for (let n = 0; n <= items[i]!.room; n++) walk(i + 1, steps + n, points + n * items[i]!.w);
  };
  walk(0, 0, 0);
  return best;
}

describe('leastRisePlan (property)', () => {
  it('never needs more steps than brute force finds, and is feasible exactly when brute force is', () => {
    const item = fc.record({ w: fc.integer({ min: 1, max: 6 }), room: fc.integer({ min: 0, max: 6 }) });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 60 }), (items, needed) => {
        // Step 1 and integer weights keep the brute force exact; the plan gets them as real numbers.
        const plan = leastRisePlan(
          items.map((x, i) => ({ code: `c${i}`, current: 0, pointsPerUnit: x.w, upper: x.room })),
          needed,
          1,
        );
        const best = bruteForce(items, needed);
        expect(plan.feasible).toBe(best !== undefined);
        if (best !== undefined) expect(plan.totalRise).toBe(best);
      }),
      { numRuns: 300 },
    );
  });

  it("simulating target's plan reaches the rank aimed at", () => {
    const period: Period = {
      index: 'x',
      id: 'p',
      fromYear: 2000,
      toYear: 2000,
      aggregation: 'weighted-mean',
      compositeMax: 100,
      components: [5, 20, 10].map((weight, i) => ({ code: `c${i}`, kind: 'component' as const, nameVi: '', nameEn: '', max: 10, weight })),
    };
    const score = fc.integer({ min: 100, max: 1000 }).map((n) => n / 100);
    const row = fc.tuple(score, score, score);
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 7 }), fc.integer({ min: 1, max: 7 }), (rows, k) => {
        const table: YearTable = {
          index: 'x',
          year: 2000,
          file: 'x',
          aggregates: [],
          columns: {},
          rows: rows.map((v, i) => ({ province: `p${i}`, line: i + 2, values: { c0: v[0], c1: v[1], c2: v[2] }, componentRanks: {}, sources: [] })),
        };
        const a = analyseTarget(table, period, 'p0', { kind: 'rank', rank: Math.min(k, rows.length) }, 2);
        if (!a.plan || a.met || !a.plan.feasible) return;
        const sim = simulate(
          table,
          period,
          'p0',
          a.plan.rises.map((r) => ({ code: r.code, mode: 'relative' as const, value: r.rise })),
          2,
        );
        expect(sim.composite!.placeAfter!.rank).toBeLessThanOrEqual(Math.min(k, rows.length));
      }),
      { numRuns: 200 },
    );
  });
});
