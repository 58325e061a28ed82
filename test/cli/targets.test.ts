import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// Synthetic fixture (made-up values and targets).
const DATA = ['--data', 'test/fixtures/synthetic-targets/data', '--lang', 'en'];
const FILE = 'test/fixtures/synthetic-targets';

describe('chiso targets', () => {
  it('met, missed, not yet published and not comparable; exit 4 when one is missed', async () => {
    const r = await runCli([...DATA, 'targets', `${FILE}/targets-mixed.csv`, '--format', 'json']);
    expect(r.code).toBe(4);
    const out = JSON.parse(r.stdout);
    expect(out.checks.map((c: { status: string }) => c.status)).toEqual(['met', 'missed', 'missed', 'not-comparable', 'not-published']);
    // Bravo 2021 transparency 5.70 against 6; 2022 rank 4/6 is percentile 40 against 50.
    expect(out.checks[1]).toMatchObject({ actual: 5.7, margin: -0.3 });
    expect(out.checks[2]).toMatchObject({ actual: 40, margin: -10 });
    expect(out.counts).toEqual({ met: 1, missed: 2, notPublished: 1, notComparable: 1 });
  });

  it('exit 0 when every target is met (province from --province)', async () => {
    const r = await runCli([...DATA, 'targets', `${FILE}/targets-met.csv`, '--province', 'Bravo']);
    expect(r.code).toBe(0);
  });

  it('--year keeps that year only', async () => {
    const r = await runCli([...DATA, 'targets', `${FILE}/targets-mixed.csv`, '--year', '2023', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).checks).toHaveLength(1);
  });

  it('a bad row is one line with file:line:column, exit 1', async () => {
    const r = await runCli([...DATA, 'targets', `${FILE}/targets-bad.csv`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('targets-bad.csv:3:4)');
  });

  it('github annotations put each missed target on its line', async () => {
    const r = await runCli([...DATA, 'targets', `${FILE}/targets-mixed.csv`, '--format', 'github']);
    expect(r.code).toBe(4);
    await expect(r.stdout).toMatchFileSnapshot('../golden/targets-synthetic-github.txt');
  });

  it('golden: table and json', async () => {
    const args = [...DATA, 'targets', `${FILE}/targets-mixed.csv`];
    await expect((await runCli(args)).stdout).toMatchFileSnapshot('../golden/targets-synthetic.txt');
    await expect((await runCli([...args, '--format', 'json'])).stdout).toMatchFileSnapshot('../golden/targets-synthetic.json');
  });

  it("report --targets judges the province's rows only and shows how fragile each place is", async () => {
    const r = await runCli([...DATA, 'report', '--province', 'Bravo', '--targets', `${FILE}/targets-mixed.csv`, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.targets.counts).toEqual({ met: 1, missed: 2, notPublished: 1, notComparable: 1 });
    // Bravo 2022: 62.52, Foxtrot 65.26 above, Echo 58.87 below.
    expect(out.indices[0].fragility).toMatchObject({ place: { rank: 4, of: 6 }, up: { change: 2.75 }, down: { change: -3.66 } });
    const other = await runCli([...DATA, 'report', '--province', 'Alpha', '--targets', `${FILE}/targets-mixed.csv`, '--format', 'json']);
    expect(JSON.parse(other.stdout).targets.checks).toEqual([]);
  });

  it("proposals --targets prefills the Mục tiêu column with the department's own targets", async () => {
    const r = await runCli([...DATA, 'proposals', '--province', 'Bravo', '--year', '2021', '--targets', `${FILE}/targets-mixed.csv`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| 1 |  | 2021: score ≥ 6.00 (missed, 5.70) |  |  |');
  });
});
