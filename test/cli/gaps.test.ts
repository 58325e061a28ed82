import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ext = (format: string) => (format === 'table' ? 'txt' : format);
const SYN = 'test/fixtures/synthetic-gaps';

describe('chiso gaps', () => {
  for (const format of ['table', 'json', 'csv', 'md']) {
    it(`matches the golden ${format} output (PCI 2016, Quảng Trị against Đà Nẵng)`, async () => {
      const r = await runCli(['gaps', '--province', 'Quảng Trị', '--index', 'pci', '--year', '2016', '--benchmark', 'province:Đà Nẵng', '--format', format]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`../golden/gaps-pci-2016-da-nang.${ext(format)}`);
    });
  }

  it('says n/a with the reason for PCI 2022 sub-indices (3 of 63 provinces), in English', async () => {
    const r = await runCli(['gaps', '--year', '2022', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No benchmark, rank, gap, % of max (all components): only 3 of 63 provinces have data, at least 50% needed.');
    await expect(r.stdout).toMatchFileSnapshot('../golden/gaps-pci-2022-en.txt');
  });

  it('prints no number where the data back none: the PCI 2022 CSV has empty benchmark and gap cells on every component', async () => {
    const r = await runCli(['gaps', '--year', '2022', '--format', 'csv', '--lang', 'en']);
    const rows = Papa.parse<Record<string, string>>(r.stdout.trim(), { header: true }).data;
    const components = rows.filter((x) => x.kind === 'component');
    expect(components).toHaveLength(10);
    for (const row of components) {
      expect(row.score).toMatch(/^\d\.\d{1,2}$/);
      expect([row.benchmark, row.gap, row.gap_share, row.weighted_gap]).toEqual(['', '', '', '']);
    }
  });

  it('shows the synthetic fixture against the median of its region', async () => {
    const r = await runCli(['gaps', '--data', `${SYN}/data`, '--province', 'alpha', '--year', '2016', '--benchmark', 'region']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/gaps-synthetic-2016-region.txt');
  });

  it('takes the province from CHISO_PROVINCE', async () => {
    const r = await runCli(['gaps', '--year', '2016', '--format', 'json'], { env: { CHISO_PROVINCE: 'Đà Nẵng' } });
    expect(JSON.parse(r.stdout).province).toBe('da-nang');
  });

  it('exits 2 with a one-line message on bad arguments', async () => {
    const cases: [string[], string][] = [
      [['gaps', '--index', 'pcx'], 'chiso: unknown index "pcx"\n  hint: known indices: pci, papi, par-index, sipas\n'],
      [['gaps', '--index', 'pci,papi'], 'chiso: chiso gaps takes one index\n  hint: e.g. --index pci; chiso weakest compares several\n'],
      [['gaps', '--year', '2005'], 'chiso: PCI has no data for 2005\n  hint: years with PCI data: 2006–2024\n'],
      [
        ['gaps', '--benchmark', 'medain'],
        'chiso: unknown benchmark "medain"\n  hint: use one of median, mean, top-quartile, best, region, national, province:NAME, rank:K\n',
      ],
      [['gaps', '--province', 'Quang Trj'], 'chiso: unknown province "Quang Trj"\n  hint: did you mean "Quảng Trị"?\n'],
      [['gaps', '--year', '2016', '--province', 'Quảng Trị', '--benchmark', 'province:Hà Tây'], 'chiso: Hà Tây is not a provincial unit in 2016\n'],
    ];
    for (const [args, stderr] of cases) {
      const r = await runCli(args);
      expect({ args, code: r.code, stderr: r.stderr, stdout: r.stdout }).toEqual({ args, code: 2, stderr, stdout: '' });
    }
  });

  it('exits 1 with file:line:column when --departments has a bad row', async () => {
    const r = await runCli(['gaps', '--data', `${SYN}/data`, '--province', 'alpha', '--departments', `${SYN}/mappings/overlap.csv`, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `chiso: pci land: 2016-07-01–… overlaps …–2016 on line 2 (${SYN}/mappings/overlap.csv:4:5)\n  hint: end the earlier row (effective_to) the day before the later one starts\n`,
    );
  });
});
