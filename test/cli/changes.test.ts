import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const SYN = 'test/fixtures/synthetic-ranks';
const ext = (format: string) => (format === 'table' ? 'txt' : format);

describe('chiso changes', () => {
  for (const format of ['table', 'json', 'csv', 'md']) {
    it(`matches the golden ${format} output (Quảng Trị PCI 2021 → 2022 with components)`, async () => {
      const r = await runCli(['changes', '--index', 'pci', '--from', '2021', '--to', '2022', '--province', 'Quảng Trị', '--format', format]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`../golden/changes-pci-2021-2022-quang-tri.${ext(format)}`);
    });
  }

  it('matches the golden table of all provinces (PCI 2021 → 2022)', async () => {
    const r = await runCli(['changes', '--from', '2021', '--to', '2022']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/changes-pci-2021-2022.txt');
  });

  it('flags the scale change and different denominators in English (PAPI 2017 → 2018, top of the table)', async () => {
    const r = await runCli(['changes', '--index', 'papi', '--from', '2017', '--to', '2018', '--lang', 'en', '--format', 'md']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/changes-papi-2017-2018-en.md');
  });

  it('marks score up, rank down, different N and a missing province (synthetic data)', async () => {
    const r = await runCli(['changes', '--data', SYN, '--index', 'syn', '--from', '2022', '--to', '2024']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/changes-synthetic-2022-2024.txt');
  });

  it('gives the same result however the province is spelled', async () => {
    const outs = await Promise.all(
      ['quang tri', 'Quảng Trị', 'QUANG TRI'].map((p) => runCli(['changes', '--from', '2021', '--to', '2022', '--province', p, '--format', 'json'])),
    );
    expect(outs[1]!.stdout).toBe(outs[0]!.stdout);
    expect(outs[2]!.stdout).toBe(outs[0]!.stdout);
  });

  it('exits 2 with a one-line message on bad arguments', async () => {
    const cases: [string[], string][] = [
      [['changes', '--from', '2022', '--to', '2021'], 'chiso: --from (2022) must be before --to (2021)\n'],
      [['changes', '--from', '2022', '--to', '2030'], 'chiso: PCI has no data for 2030\n  hint: years with PCI data: 2006–2024\n'],
      [['changes', '--from', '2021', '--to', '2022', '--province', 'Quang Tre'], 'chiso: unknown province "Quang Tre"\n  hint: did you mean "Quảng Trị"?\n'],
      [['changes', '--to', 'next'], 'chiso: --to must be a whole number, got "next"\n'],
    ];
    for (const [args, stderr] of cases) {
      const r = await runCli([...args, '--lang', 'en']);
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 2, stderr });
    }
  });
});
