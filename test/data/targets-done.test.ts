import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// The "done when", on the bundled data. Facts used: VCCI's PCI 2013–2021 weight of business
// support (20 %), Quảng Trị's published PCI 2021 (63.33, rank 41/63).
const QT = ['--lang', 'en', '--province', 'Quảng Trị', '--index', 'pci', '--year', '2021'];
const json = async (args: string[]) => JSON.parse((await runCli([...args, '--format', 'json'])).stdout);

describe('simulate and target on PCI 2021, Quảng Trị', () => {
  it('business_support +0.5 adds 1.00 composite point (weight 20 %)', async () => {
    const r = await json(['simulate', ...QT, '--set', 'business_support=+0.5']);
    expect(r.composite).toMatchObject({ before: 63.33, after: 64.33, delta: 1 });
    expect(r.composite.publishedRank).toMatchObject({ rank: 41, of: 63 });
    expect(r.composite.placeAfter.rank).toBeLessThan(41);
  });

  it('rank 30: the plan, simulated, reaches rank 30', async () => {
    const t = await json(['target', ...QT, '--rank', '30']);
    expect(t.needed).toBeGreaterThan(0);
    expect(t.solo.length).toBe(10);
    expect(t.plan.feasible).toBe(true);
    expect(t.plan.rises.every((r: { department: unknown }) => r.department !== null)).toBe(true);
    const sets = t.plan.rises.flatMap((r: { code: string; rise: number }) => ['--set', `${r.code}=+${r.rise}`]);
    const s = await json(['simulate', ...QT, ...sets]);
    expect(s.composite.placeAfter.rank).toBeLessThanOrEqual(30);
    // Strictly passing the province at rank 30 and no more: one published step less would not do.
    expect(s.composite.delta).toBe(t.needed);
  });
});

describe('chiso targets on the bundled data', () => {
  it('exits 4 when the rank target is missed (41 > 30), 0 when all are met', async () => {
    const missed = await runCli(['targets', '--province', 'Quảng Trị', 'test/fixtures/bundled-targets/targets-quang-tri-2021.csv', '--format', 'json']);
    expect(missed.code).toBe(4);
    expect(JSON.parse(missed.stdout).checks.map((c: { status: string; actual: number }) => [c.status, c.actual])).toEqual([['met', 63.33], ['missed', 41]]);
    const met = await runCli(['targets', '--province', 'Quảng Trị', 'test/fixtures/bundled-targets/targets-met.csv']);
    expect(met.code).toBe(0);
  });
});

describe('the coverage rule (bundled data)', () => {
  it('no place to aim at among the 3 PCI 2023 composites on file (VCCI published the top 30 only)', async () => {
    const t = await json(['target', '--lang', 'en', '--province', 'Quảng Trị', '--index', 'pci', '--year', '2023', '--rank', '10']);
    expect(t.neededNa).toMatchObject({ code: 'coverage', of: 63 });
    expect(t.plan).toBeNull();
  });
});

