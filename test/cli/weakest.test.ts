import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ext = (format: string) => (format === 'table' ? 'txt' : format);

describe('chiso weakest', () => {
  for (const format of ['table', 'json', 'csv', 'md']) {
    it(`matches the golden ${format} output (PAPI 2024, Quảng Trị)`, async () => {
      const r = await runCli(['weakest', '--province', 'Quảng Trị', '--index', 'papi', '--year', '2024', '--format', format]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`../golden/weakest-papi-2024.${ext(format)}`);
    });
  }

  it('lists the weakest of every index in the year asked for, in English', async () => {
    const r = await runCli(['weakest', '--year', '2023', '--lang', 'en', '--format', 'md']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/weakest-2023-en.md');
  });

  it('pools the four indices with --index all', async () => {
    const r = await runCli(['weakest', '--year', '2023', '--index', 'all', '-n', '5', '--by', 'rank']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/weakest-all-2023.txt');
  });

  it('orders PCI 2016 by what each gap costs the composite', async () => {
    const r = await runCli(['weakest', '--index', 'pci', '--year', '2016', '--by', 'weighted-gap', '-n', '4', '--format', 'csv']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/weakest-pci-2016-weighted.csv');
  });

  it('exits 2 on bad arguments', async () => {
    const cases: [string[], string][] = [
      [['weakest', '-n', '0'], 'chiso: -n must be at least 1\n'],
      [['weakest', '-n', 'x'], 'chiso: -n must be a whole number, got "x"\n'],
      [['weakest', '--by', 'best'], "chiso: option '--by <order>' argument 'best' is invalid. Allowed choices are rank, gap, weighted-gap, score.\n"],
      [['weakest', '--index', 'papi', '--year', '2005'], 'chiso: PAPI has no data for 2005\n  hint: years with PAPI data: 2011–2024\n'],
      [['weakest', '--year', '2005'], 'chiso: no index has data for 2005\n  hint: see chiso datasets for the years of each index\n'],
      [
        ['weakest', '--province', 'Quảng Bình', '--index', 'papi', '--year', '2025'],
        'chiso: PAPI has no data for 2025\n  hint: years with PAPI data: 2011–2024\n',
      ],
    ];
    for (const [args, stderr] of cases) {
      const r = await runCli([...args, '--lang', 'en']);
      expect({ args, code: r.code, stderr: r.stderr, stdout: r.stdout }).toEqual({ args, code: 2, stderr, stdout: '' });
    }
  });
});
