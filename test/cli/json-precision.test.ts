import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';
import { runCli } from '../helpers/cli.js';

/** Most decimals written in some bundled CSV files (read as text, independently of the loader). */
function storedDecimals(files: string[]): number {
  let max = 0;
  for (const f of files) for (const m of readFileSync(join(BUNDLED_DATA_DIR, f), 'utf8').matchAll(/\b\d+\.(\d+)\b/g)) max = Math.max(max, m[1]!.length);
  return max;
}

/** The number texts of some bundled files. */
function stored(files: string[]): Set<string> {
  return new Set(files.flatMap((f) => [...readFileSync(join(BUNDLED_DATA_DIR, f), 'utf8').matchAll(/-?\d+\.\d+/g)].map((m) => String(Number(m[0])))));
}

const yearFiles = (index: string) => readdirSync(join(BUNDLED_DATA_DIR, index)).map((f) => `${index}/${f}`);
const ALL = [...['pci', 'papi', 'par-index', 'sipas'].flatMap(yearFiles), 'indicator-values.csv'];

/**
 * Each command's JSON on the bundled data, with the files its numbers rest on. The rule (README,
 * model/precision.ts): at most the stored decimals of those files + 2 (derived shares such as
 * percentiles, means, half-way medians), and never more than 10.
 */
const CASES: [string[], string[]][] = [
  [['ranks', '--index', 'pci', '--year', '2023'], ['pci/2023.csv']],
  [['ranks', '--index', 'par-index', '--year', '2023'], ['par-index/2023.csv']],
  [['ranks', '--index', 'sipas', '--year', '2022'], ['sipas/2022.csv']],
  [['ranks', '--index', 'papi', '--year', '2021'], ['papi/2021.csv']],
  [
    ['gaps', '--index', 'pci', '--year', '2023'],
    ['pci/2023.csv', 'pci/2022.csv'],
  ],
  [
    ['gaps', '--index', 'sipas', '--year', '2022'],
    ['sipas/2022.csv', 'sipas/2021.csv'],
  ],
  [
    ['gaps', '--index', 'pci', '--year', '2023', '--component', 'entry_costs'],
    ['pci/2023.csv', 'indicator-values.csv'],
  ],
  [
    ['changes', '--index', 'pci', '--from', '2022', '--to', '2023'],
    ['pci/2023.csv', 'pci/2022.csv'],
  ],
  [
    ['changes', '--index', 'par-index', '--from', '2022', '--to', '2023', '--province', 'Quảng Trị'],
    ['par-index/2023.csv', 'par-index/2022.csv'],
  ],
  [['simulate', '--index', 'pci', '--year', '2023', '--set', 'entry_costs=+0.7'], ['pci/2023.csv']],
  [['target', '--index', 'pci', '--year', '2023', '--rank', '30'], ['pci/2023.csv']],
  [['trend'], ALL],
  [['weakest', '--year', '2023'], ALL],
  [['report', '--year', '2023'], ALL],
  [['proposals', '--year', '2023', '--as-of', '2026-12-01'], ALL],
  [['departments', '--year', '2023', '--as-of', '2023-12-31'], ALL],
  [['datasets'], ALL],
];

function numbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbers(v, out);
  return out;
}

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

describe('JSON numbers carry no more digits than their data', () => {
  for (const [args, files] of CASES) {
    it(`chiso ${args.join(' ')}`, async () => {
      const r = await runCli([...args, '--format', 'json']);
      expect(r.code).toBe(0);
      const bound = Math.min(10, storedDecimals(files) + 2);
      const all = numbers(JSON.parse(r.stdout));
      expect(all.length).toBeGreaterThan(0);
      for (const n of all) {
        expect(String(n)).not.toMatch(/e/);
        if (decimals(n) > bound) expect.fail(`${n} has ${decimals(n)} decimals, the data supports ${bound}`);
        // Binary noise is a long run of 0s or 9s before a last digit (0.10999999999999943), unless the data holds it so (0.200000003).
        if (/\.\d*(0{6,}|9{6,})\d$/.test(String(n))) expect(stored(files).has(String(n)), `${n} looks like float noise`).toBe(true);
      }
    });
  }

  it('a change between two stored 2-decimal scores is exact: PCI 2023 against 2022', async () => {
    const r = JSON.parse((await runCli(['gaps', '--index', 'pci', '--year', '2023', '--format', 'json'])).stdout) as {
      components: { score: number | null; change: { from: number | null; delta: number | null } | null }[];
    };
    const changes = r.components.filter((c) => c.change?.delta != null);
    expect(changes.length).toBeGreaterThan(5);
    for (const c of changes) expect(c.change!.delta).toBe(Number((c.score! - c.change!.from!).toFixed(2)));
  });
});
