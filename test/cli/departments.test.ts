import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ext = (format: string) => (format === 'table' ? 'txt' : format);
const SYN = 'test/fixtures/synthetic-gaps';

describe('chiso departments', () => {
  it('prints the whole mapping (golden CSV)', async () => {
    const r = await runCli(['departments', '--format', 'csv']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/departments-all.csv');
  });

  for (const format of ['table', 'json', 'csv', 'md']) {
    it(`matches the golden ${format} output (Sở KH&ĐT in 2022, with Quảng Trị's standing)`, async () => {
      const r = await runCli(['departments', '--department', 'Sở KH&ĐT', '--year', '2022', '--as-of', '2022-12-31', '--format', format]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`../golden/departments-khdt-2022.${ext(format)}`);
    });
  }

  it('names the successors of a merged department in 2025', async () => {
    const r = await runCli(['departments', '--department', 'Sở KH&ĐT', '--year', '2025', '--as-of', '2025-07-01', '--lang', 'en']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/departments-khdt-2025-en.txt');
  });

  it("reads a province's own mapping from --departments (synthetic)", async () => {
    const r = await runCli(['departments', '--data', `${SYN}/data`, '--year', '2016', '--as-of', '2016-12-31', '--province', 'alpha', '--format', 'md']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/departments-synthetic-2016.md');
  });

  it('exits 2 on an unknown or ambiguous department', async () => {
    expect(await runCli(['departments', '--department', 'Sở Ngoại vụ', '--lang', 'en'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'chiso: unknown department "Sở Ngoại vụ"\n  hint: run chiso departments to see the names in the mapping\n',
    });
    expect(await runCli(['departments', '--department', 'UBND', '--lang', 'en'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'chiso: "UBND" matches several departments\n  hint: UBND cấp huyện; UBND cấp xã; Văn phòng UBND tỉnh\n',
    });
  });

  it('exits 1 on a bad --departments file, and validate exits 3 on it', async () => {
    const file = `${SYN}/mappings/unknown-component.csv`;
    const r = await runCli(['departments', '--data', `${SYN}/data`, '--departments', file, '--lang', 'en']);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `chiso: unknown component "lnd" of pci (${file}:3:2)\n  hint: components of pci: pci, land, skills, courts (see components.csv)\n`,
    });
    const v = await runCli(['validate', '--data', `${SYN}/data`, '--departments', file, '--lang', 'en'], { columns: 200 });
    expect(v.code).toBe(3);
    expect(v.stdout.split('\n').filter((l) => l.includes(': error: '))).toEqual([`${file}:3:2: error: unknown component "lnd" of pci [unknown-component]`]);
  });

  it('validate checks the bundled departments.csv with the rest of the data', async () => {
    const r = await runCli(['validate', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).issues.filter((i: { file: string }) => i.file.endsWith('departments.csv'))).toEqual([]);
  });
});
