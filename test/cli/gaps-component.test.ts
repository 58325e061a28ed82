import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('chiso gaps --component', () => {
  it('lists the PCI 2023 informal-charges indicators of Quảng Trị among 63 provinces, ranked by direction', async () => {
    const r = await runCli(['gaps', '--index', 'pci', '--year', '2023', '--component', 'informal_charges', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res).toMatchObject({ index: 'pci', year: 2023, component: 'informal_charges', source: 'indicators', provinces: 63, units: 63 });
    expect(res.indicators.length).toBeGreaterThan(5);
    for (const g of res.indicators) {
      expect(g.rank.of).toBe(63);
      // The best value sits at the end the direction calls good; a province holding it ranks 1.
      if (g.direction === 'lower-better') expect(g.best.value).toBeLessThanOrEqual(g.median);
      else expect(g.best.value).toBeGreaterThanOrEqual(g.median);
      if (g.value === g.best.value) expect(g.rank.rank).toBe(1);
      expect(Math.sign(g.gap)).toBe(g.direction === 'lower-better' ? Math.sign(g.median - g.value) : Math.sign(g.value - g.median));
    }
  });

  it('shows PAPI sub-dimensions below their dimension', async () => {
    const r = await runCli(['gaps', '--index', 'papi', '--year', '2016', '--component', 'd4_control_of_corruption', '--format', 'json']);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res.source).toBe('sub-components');
    expect(res.indicators.map((g: { code: string }) => g.code)).toEqual(['d4_sub1', 'd4_sub2', 'd4_sub3', 'd4_sub4']);
  });

  it('is a usage error for a year without indicators', async () => {
    const r = await runCli(['gaps', '--index', 'pci', '--year', '2019', '--component', 'entry_costs', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chiso: PCI 2019 has no indicators under "entry_costs"/);
  });
});

describe('weakest indicators under the weak components', () => {
  it('the default report ranks Quảng Trị’s PCI 2023 sub-indices among 63 and names indicators worse than the median under each weak one', async () => {
    const r = await runCli(['report', '--format', 'json']);
    expect(r.code).toBe(0);
    const pci = JSON.parse(r.stdout).indices.find((i: { index: string }) => i.index === 'pci');
    expect(pci.weakest.year).toBe(2023);
    for (const row of pci.weakest.rows) expect(row.rank.of).toBe(63);
    expect(pci.weakest.indicators.map((w: { component: string }) => w.component)).toEqual(pci.weakest.rows.map((x: { code: string }) => x.code));
    for (const w of pci.weakest.indicators) {
      expect(w.indicators.length).toBeGreaterThan(0);
      for (const g of w.indicators) {
        expect(g.parent).toBe(w.component);
        expect(g.gap).toBeLessThan(0);
        expect(g.rank.of).toBe(63);
      }
    }
  }, 20_000);
});
