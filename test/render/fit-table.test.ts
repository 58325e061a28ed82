import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/render/wrap.js';
import { runCli } from '../helpers/cli.js';

/** One run of every command with table output, and of validate's own text format, on the bundled data and the synthetic fixtures. */
const RUNS: string[][] = [
  ['report'],
  ['report', '--data', 'test/fixtures/synthetic-report', '--province', 'Ấn Phú'],
  ['proposals', '--format', 'table'],
  ['ranks', '--index', 'pci', '--year', '2019'],
  ['changes', '--index', 'pci'],
  ['trend'],
  ['gaps', '--index', 'pci'],
  ['weakest'],
  ['departments'],
  ['datasets'],
  ['validate'],
  ['validate', '--data', 'test/fixtures/synthetic-invalid/missing-province-column'],
  ['validate', '--data', 'test/fixtures/synthetic-invalid/sub-aggregation', '--lang', 'en'],
];

describe('table output fits the terminal', () => {
  it('has no line wider than the width, for every command and widths 60–200', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 60, max: 200 }), fc.constantFrom(...RUNS), async (columns, args) => {
        const r = await runCli(args, { columns });
        const wide = r.stdout.split('\n').filter((l) => textWidth(l) > columns);
        expect(wide).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('honours COLUMNS over the terminal width, and --wide keeps the full table', async () => {
    const narrow = await runCli(['ranks', '--index', 'pci', '--year', '2019'], { columns: 200, env: { COLUMNS: '70' } });
    expect(Math.max(...narrow.stdout.split('\n').map(textWidth))).toBeLessThanOrEqual(70);
    const wide = await runCli(['ranks', '--index', 'pci', '--year', '2019', '--wide'], { columns: 60 });
    expect(Math.max(...wide.stdout.split('\n').map(textWidth))).toBeGreaterThan(60);
  });
});
