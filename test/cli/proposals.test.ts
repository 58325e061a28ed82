import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { componentsOfDepartment, departmentNames } from '../../src/analysis/departments.js';
import { requireDefinitions } from '../../src/load/definitions.js';
import { requireDepartments } from '../../src/load/departments.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';
import { runCli } from '../helpers/cli.js';
import { documentFaults } from '../helpers/document.js';

const SYN = ['--data', 'test/fixtures/synthetic-report', '--province', 'Ấn Phú'];

describe('chiso proposals on synthetic data (golden files)', () => {
  for (const [format, ext] of [['md', 'md'], ['table', 'txt']] as const) {
    it(`matches the golden ${format} output`, async () => {
      const r = await runCli(['proposals', ...SYN, '--format', format]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`../golden/proposals-synthetic.${ext}`);
    });
  }

  it('matches the golden English sheet of one department', async () => {
    const r = await runCli(['proposals', ...SYN, '--department', 'ke hoach', '--lang', 'en']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/proposals-synthetic-ke-hoach-en.md');
  });

  it('prints Markdown by default, with a blank proposals table under every component', async () => {
    const r = await runCli(['proposals', ...SYN]);
    expect(r.stdout).toBe((await runCli(['proposals', ...SYN, '--format', 'md'])).stdout);
    const components = r.stdout.split('\n').filter((l) => l.startsWith('### ')).length;
    expect(components).toBe(11);
    expect(r.stdout.split('| # | Giải pháp | Thời hạn | Đơn vị phối hợp |').length - 1).toBe(components);
    expect(documentFaults(r.stdout)).toEqual([]);
  });
});

describe('chiso proposals on the bundled data', () => {
  // Every body the mapping names in force in a year the sheets report (PCI, PAR INDEX and SIPAS 2023, PAPI 2024).
  const defs = requireDefinitions(BUNDLED_DATA_DIR);
  const mapping = requireDepartments(BUNDLED_DATA_DIR, undefined, defs).assignments;
  const years: Record<string, number> = { pci: 2023, papi: 2024, 'par-index': 2023, sipas: 2023 };
  const names = departmentNames(mapping).filter((d) => Object.entries(years).some(([index, year]) => componentsOfDepartment(mapping.filter((a) => a.index === index), d, year).length > 0));

  it('has a sheet for every department of the mapping in force in those years, and only those', async () => {
    const r = await runCli(['proposals', '--format', 'json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.sheets.map((s: { department: string }) => s.department).sort()).toEqual([...names].sort());
    expect(names.length).toBeGreaterThan(20);
    // successors named only from 2025 have no sheet for 2023–2024 data
    expect(names).not.toContain('Sở Nông nghiệp và Môi trường');
  });

  // One run per department (about 25): allow for a loaded machine.
  it('runs every department’s sheet on its own with exit 0 and a clean document', async () => {
    for (const name of names) {
      const r = await runCli(['proposals', '--department', name]);
      expect({ name, code: r.code, stderr: r.stderr }).toEqual({ name, code: 0, stderr: '' });
      expect({ name, faults: documentFaults(r.stdout) }).toEqual({ name, faults: [] });
      expect(r.stdout).toContain(`\n## ${name}\n`);
      expect(r.stdout).toContain('| # | Giải pháp | Thời hạn | Đơn vị phối hợp |');
    }
  }, 30_000);

  it('runs the whole set clean in both languages and every format, and for 2022', async () => {
    for (const args of [[], ['--lang', 'en'], ['--format', 'table'], ['--year', '2022']]) {
      const r = await runCli(['proposals', ...args]);
      expect({ args, code: r.code }).toEqual({ args, code: 0 });
      expect({ args, faults: documentFaults(r.stdout) }).toEqual({ args, faults: [] });
    }
  });

  it('matches the golden sheet of Sở Tư pháp', async () => {
    const r = await runCli(['proposals', '--year', '2023', '--department', 'Sở Tư pháp']);
    await expect(r.stdout).toMatchFileSnapshot('../golden/proposals-tu-phap.md');
  });

  it('exits 2 with one line on an unknown or ambiguous department', async () => {
    const unknown = await runCli(['proposals', '--department', 'Sở Ngoại vụ']);
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: 'chiso: unknown department "Sở Ngoại vụ"\n  hint: run chiso departments to see the names in the mapping\n' });
    const several = await runCli(['proposals', '--department', 'Sở Tài']);
    expect(several.code).toBe(2);
    expect(several.stderr).toMatch(/^chiso: "Sở Tài" matches several departments\n/);
  });
});

describe('chiso proposals --output FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-proposals-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the sheets to the file, and nothing when the command fails', async () => {
    const file = join(dir, 'phieu.md');
    const ok = await runCli(['proposals', '--department', 'tư pháp', '--output', file]);
    expect(ok.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe((await runCli(['proposals', '--department', 'tư pháp'])).stdout);
    const bad = join(dir, 'loi.md');
    expect((await runCli(['proposals', '--department', 'Sở Ngoại vụ', '--output', bad])).code).toBe(2);
    expect(existsSync(bad)).toBe(false);
  });
});
