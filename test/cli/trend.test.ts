import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const SYN = 'test/fixtures/synthetic-ranks';
const ext = (format: string) => (format === 'table' ? 'txt' : format);

describe('chiso trend', () => {
  for (const format of ['table', 'json', 'csv', 'md']) {
    it(`matches the golden ${format} output (Quảng Trị, every index)`, async () => {
      const r = await runCli(['trend', '--province', 'Quảng Trị', '--to', '2024', '--format', format]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`../golden/trend-quang-tri.${ext(format)}`);
    });
  }

  it('prints the footnote of the directive, ranks with denominators', async () => {
    // Prose wraps to the terminal: compare with line breaks read as spaces.
    const r = await runCli(['trend', '--province', 'Quảng Trị', '--from', '2020', '--to', '2022']);
    r.stdout = r.stdout.replace(/\n +/g, ' ');
    expect(r.stdout).toContain('Chỉ số năng lực cạnh tranh cấp tỉnh PCI: năm 2020 xếp thứ 41/63, năm 2021 xếp thứ 41/63 và năm 2022 xếp thứ 59/63.');
    expect(r.stdout).toContain(
      'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh PAPI: năm 2020 xếp thứ 6/63, năm 2021 xếp thứ 28/63 và năm 2022 xếp thứ 37/63.',
    );
    expect(r.stdout).toContain('SIPAS: năm 2020 xếp thứ 34/63, năm 2021 xếp thứ 46/63 và năm 2022 xếp thứ 55/63.');
    expect(r.stdout).toContain('Chỉ số cải cách hành chính PAR INDEX: năm 2022 xếp thứ 52/63.');
  });

  it('uses Quảng Trị by default, CHISO_PROVINCE otherwise', async () => {
    expect((await runCli(['trend', '--index', 'sipas'])).stdout).toBe((await runCli(['trend', '--index', 'sipas', '--province', 'Quảng Trị'])).stdout);
    const other = await runCli(['trend', '--index', 'sipas', '--format', 'json'], { env: { CHISO_PROVINCE: 'Nghệ An' } });
    expect(JSON.parse(other.stdout).units).toEqual(['nghe-an']);
  });

  it('gives identical output for "quang tri", "Quảng Trị" and "QUANG TRI"', async () => {
    for (const format of ['table', 'json']) {
      const outs = await Promise.all(['quang tri', 'Quảng Trị', 'QUANG TRI'].map((p) => runCli(['trend', '--province', p, '--format', format])));
      expect(outs[1]!.stdout).toBe(outs[0]!.stdout);
      expect(outs[2]!.stdout).toBe(outs[0]!.stdout);
    }
  });

  it('ends the table output with the rank chart, rank 1 at the top', async () => {
    const r = await runCli(['trend', '--index', 'pci', '--from', '2020', '--to', '2022']);
    // One row per rank held (41 twice, then 59), best at the top; the denominators under the years.
    const tail = r.stdout.trimEnd().split('\n').slice(-5);
    expect(tail).toEqual(['PCI', '41┤──────────╮', '59┤          ╰────', '   2020 2021 2022', '   /63  /63  /63']);
    expect((await runCli(['trend', '--format', 'csv'])).stdout).not.toContain('┤');
  });

  it('matches the golden English output on synthetic data (ties, breaks, different N, a merger)', async () => {
    const r = await runCli(['trend', '--data', SYN, '--province', 'an phu', '--lang', 'en']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/trend-synthetic-en.txt');
  });

  it('exits 2 with a one-line message on bad arguments', async () => {
    const cases: [string[], string][] = [
      [['trend', '--province', 'Quang Tri Province'], 'chiso: unknown province "Quang Tri Province"\n  hint: did you mean "Quảng Trị"?\n'],
      [['trend', '--index', 'pci,xyz'], 'chiso: unknown index "xyz"\n  hint: known indices: pci, papi, par-index, sipas\n'],
      [['trend', '--from', '2023', '--to', '2020'], 'chiso: --from (2023) is after --to (2020)\n'],
      [['trend', '--from', 'last'], 'chiso: --from must be a whole number, got "last"\n'],
    ];
    for (const [args, stderr] of cases) {
      const r = await runCli([...args, '--lang', 'en']);
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 2, stderr });
    }
  });
});
