import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// Synthetic fixture (made-up values): PCI 2013–2021 weights 5/5/20/5/10/5/5/20/20/5 in 2021, an unknown rule in 2022.
const DATA = ['--data', 'test/fixtures/synthetic-targets/data', '--lang', 'en'];
const json = async (args: string[]) => {
  const r = await runCli([...DATA, ...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
};

describe('chiso simulate (synthetic)', () => {
  it('+1 on transparency (weight 20 %) adds 2 composite points and passes Echo', async () => {
    const r = await json(['simulate', '--province', 'Bravo', '--year', '2021', '--set', 'transparency=+1']);
    // Hand-worked: 59.55 + 20/100 × 1 × 10 = 61.55, above Echo's 59.60 and below Alpha's 63.25.
    expect(r.composite).toMatchObject({ before: 59.55, after: 61.55, delta: 2, placeBefore: { rank: 5, of: 6 }, placeAfter: { rank: 4, of: 6 } });
    expect(r.changes[0]).toMatchObject({ code: 'transparency', before: 5.7, after: 6.7, compositePoints: 2, department: { lead: ['Văn phòng UBND'] } });
  });

  it('an absolute value and a fall combine; component ranks are among the year', async () => {
    const r = await json(['simulate', '--province', 'Bravo', '--year', '2021', '--set', 'entry_costs=7', '--set', 'labor_policy=-0.1']);
    // +0.4 × 0.5 − 0.1 × 2 = 0.
    expect(r.composite.delta).toBe(0);
    // Entry costs 7.0: only Charlie (7.7) above; labour 5.0: Alpha, Charlie, Delta, Echo above, Foxtrot (4.8) below.
    expect(r.changes.map((c: { placeAfter: { rank: number } }) => c.placeAfter.rank)).toEqual([2, 5]);
  });

  it('says n/a with the reason where the rule is unknown, and still gives component ranks', async () => {
    const r = await json(['simulate', '--province', 'Bravo', '--year', '2022', '--set', 'transparency=+1']);
    expect(r.composite).toBeNull();
    expect(r.compositeNa).toEqual({ code: 'rule-unknown', period: 'p2022' });
    expect(r.changes[0].placeAfter.rank).toBe(1);
  });

  it('a change beyond the maximum is a usage error naming it', async () => {
    const r = await runCli([...DATA, 'simulate', '--province', 'Bravo', '--year', '2021', '--set', 'transparency=+5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('above the maximum 10');
  });

  it('golden: table and json', async () => {
    const args = [...DATA, 'simulate', '--province', 'Bravo', '--year', '2021', '--set', 'transparency=+1', '--set', 'business_support=6'];
    await expect((await runCli(args)).stdout).toMatchFileSnapshot('../golden/simulate-synthetic.txt');
    await expect((await runCli([...args, '--format', 'json'])).stdout).toMatchFileSnapshot('../golden/simulate-synthetic.json');
  });
});

describe('chiso target (synthetic)', () => {
  it('rank 3 for Bravo: strictly pass Alpha (63.25), cheapest 20 % component first', async () => {
    const r = await json(['target', '--province', 'Bravo', '--year', '2021', '--rank', '3']);
    // 63.26 − 59.55 = 3.71 points; at 2 points per point, 1.855 → 1.86 in published steps; the lowest 20 % score (labour 5.10) goes first.
    expect(r).toMatchObject({ needed: 3.71, threshold: 63.26, met: false });
    expect(r.plan).toMatchObject({
      feasible: true,
      totalRise: 1.86,
      rises: [{ code: 'labor_policy', rise: 1.86, after: 6.96 }],
      reached: { place: { rank: 3 } },
    });
    const entry = r.solo.find((s: { code: string }) => s.code === 'entry_costs');
    expect(entry).toMatchObject({ rise: 7.42, withinMax: false });
    expect(r.fragility.up.change).toBe(0.06);
  });

  it('--cap and --only bound the plan; infeasible plans say where they end', async () => {
    const r = await json(['target', '--province', 'Foxtrot', '--year', '2021', '--rank', '1', '--only', 'entry_costs,land_access', '--cap', '1']);
    // Two 5 % components, +1 each: +1.00 point, far from Charlie's 74.30.
    expect(r.plan).toMatchObject({ feasible: false, totalRise: 2, points: 1, reached: { score: 56.65, place: { rank: 6 } } });
  });

  it('a percentile goal becomes a place; a score goal already met needs nothing', async () => {
    const p = await json(['target', '--province', 'Bravo', '--year', '2021', '--percentile', '60']);
    expect(p.rank).toBe(3);
    const s = await json(['target', '--province', 'Bravo', '--year', '2021', '--score', '59']);
    expect(s).toMatchObject({ met: true, needed: 0 });
  });

  it('unknown rule: points needed from the published composites, no plan', async () => {
    const r = await json(['target', '--province', 'Alpha', '--year', '2022', '--rank', '5']);
    // Alpha 55.48 must pass Echo's 58.87: 3.40 points.
    expect(r).toMatchObject({ needed: 3.4, plan: null, planNa: { code: 'rule-unknown' } });
  });

  it('needs exactly one goal', async () => {
    expect((await runCli([...DATA, 'target', '--rank', '3', '--score', '60'])).code).toBe(2);
  });

  it('golden: table and json', async () => {
    const args = [...DATA, 'target', '--province', 'Bravo', '--year', '2021', '--rank', '3'];
    await expect((await runCli(args)).stdout).toMatchFileSnapshot('../golden/target-synthetic.txt');
    await expect((await runCli([...args, '--format', 'json'])).stdout).toMatchFileSnapshot('../golden/target-synthetic.json');
  });
});
