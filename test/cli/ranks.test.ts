import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const SYN = 'test/fixtures/synthetic-ranks';
const ext = (format: string) => (format === 'table' ? 'txt' : format);

describe('chiso ranks', () => {
  for (const format of ['table', 'json', 'csv', 'md']) {
    it(`matches the golden ${format} output (PCI 2019, bottom 16: the Hòa Bình / Quảng Trị tie)`, async () => {
      const r = await runCli(['ranks', '--index', 'pci', '--year', '2019', '--bottom', '16', '--format', format]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`../golden/ranks-pci-2019.${ext(format)}`);
    });
  }

  it('explains missing ranks in English (PAR INDEX 2023: too few scores)', async () => {
    const r = await runCli(['ranks', '--index', 'par', '--year', '2023', '--lang', 'en']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/ranks-par-index-2023-en.txt');
  });

  it('shows computed ties and computed composites (synthetic data)', async () => {
    const r = await runCli(['ranks', '--data', SYN, '--index', 'syn', '--year', '2020', '--region', 'north']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/ranks-synthetic-2020.txt');
  });

  it('shows every rank with its denominator', async () => {
    const r = await runCli(['ranks', '--index', 'papi', '--year', '2021', '--format', 'csv']);
    const rows = Papa.parse<Record<string, string>>(r.stdout.trim(), { header: true }).data;
    expect(rows).toHaveLength(60);
    for (const row of rows) {
      expect(row.rank).toMatch(/^\d+$/);
      expect(['60', '63']).toContain(row.rank_of);
    }
  });

  it('exits 2 with a one-line message on bad arguments', async () => {
    const cases: [string[], string][] = [
      [['ranks', '--index', 'pcx'], 'chiso: unknown index "pcx"\n  hint: known indices: pci, papi, par-index, sipas\n'],
      [['ranks', '--index', 'pci,papi'], 'chiso: chiso ranks takes one index\n  hint: e.g. --index pci\n'],
      [['ranks', '--year', '20x'], 'chiso: --year must be a whole number, got "20x"\n'],
      [['ranks', '--year', '2005'], 'chiso: PCI has no data for 2005\n  hint: years with PCI data: 2006–2024\n'],
      [['ranks', '--index', 'sipas', '--year', '2016'], 'chiso: SIPAS has no data for 2016\n  hint: years with SIPAS data: 2017–2024\n'],
      [
        ['ranks', '--year', '2020', '--component', 'costs'],
        'chiso: component "costs" is ambiguous in PCI 2020: entry_costs, time_costs\n  hint: components of PCI 2020: entry_costs, land_access, transparency, time_costs, informal_charges, policy_bias, proactivity, business_support, labor_policy, legal_institutions\n',
      ],
      [
        ['ranks', '--region', 'nowhere'],
        'chiso: unknown region "nowhere"\n  hint: regions: northern_midlands_mountains, red_river_delta, north_central_central_coast, central_highlands, southeast, mekong_delta\n',
      ],
    ];
    for (const [args, stderr] of cases) {
      const r = await runCli([...args, '--lang', 'en']);
      expect({ args, code: r.code, stderr: r.stderr, stdout: r.stdout }).toEqual({ args, code: 2, stderr, stdout: '' });
    }
  });
});
