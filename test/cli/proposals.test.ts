import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { componentsOfDepartment, departmentNames } from '../../src/analysis/departments.js';
import { requireDefinitions } from '../../src/load/definitions.js';
import { requireDepartments } from '../../src/load/departments.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';
import { runCli, TEST_TODAY } from '../helpers/cli.js';
import { documentFaults } from '../helpers/document.js';

const SYN = ['--data', 'test/fixtures/synthetic-report', '--province', 'Ấn Phú'];

describe('chiso proposals on synthetic data (golden files)', () => {
  for (const [format, ext] of [
    ['md', 'md'],
    ['table', 'txt'],
  ] as const) {
    it(`matches the golden ${format} output`, async () => {
      const r = await runCli(['proposals', ...SYN, '--as-of', '2026-12-01', '--format', format]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`../golden/proposals-synthetic.${ext}`);
    });
  }

  it('matches the golden English sheet of one department', async () => {
    const r = await runCli(['proposals', ...SYN, '--as-of', '2024-12-31', '--department', 'ke hoach', '--lang', 'en']);
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
  // Every body (not a group) the mapping names in force on the day of the run (TEST_TODAY, 2026-12-01).
  const defs = requireDefinitions(BUNDLED_DATA_DIR);
  const loaded = requireDepartments(BUNDLED_DATA_DIR, undefined, defs);
  const mapping = loaded.assignments;
  const names = departmentNames(mapping).filter((d) => !loaded.groups!.includes(d) && componentsOfDepartment(mapping, d, TEST_TODAY).length > 0);
  // Bodies merged away in 2025 (DOMAIN §3.5) and the abolished district level.
  const gone = [
    'Sở Kế hoạch và Đầu tư',
    'Sở Tài nguyên và Môi trường',
    'Sở Thông tin và Truyền thông',
    'Sở Lao động - Thương binh và Xã hội',
    'UBND cấp huyện',
  ];
  const groups = ['các sở, ngành', 'UBND cấp xã', 'các trường cao đẳng', 'các sở quản lý thủ tục hành chính của ngành', 'các sở quản lý 9 nhóm chính sách'];

  it('has a sheet for every body in force on the day, none for a body that no longer exists and none for a group', async () => {
    const r = await runCli(['proposals', '--as-of', '2026-12-01', '--format', 'json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    const sheets: string[] = result.sheets.map((s: { department: string }) => s.department);
    expect([...sheets].sort()).toEqual([...names].sort());
    expect(names.length).toBeGreaterThan(20);
    for (const name of [...gone, ...groups]) expect(sheets).not.toContain(name);
    expect(result.groups).toEqual(expect.arrayContaining(groups));
    // The successors are there: Sở Tài chính (PCI focal point from 2025), Sở Nông nghiệp và Môi trường.
    expect(sheets).toEqual(expect.arrayContaining(['Sở Tài chính', 'Sở Nông nghiệp và Môi trường', 'Sở Khoa học và Công nghệ']));
  });

  it("opens the PCI focal point's sheet with the PCI standing (63.23 in 2023 without rank; 59/63 in 2022) and its components", async () => {
    const r = await runCli(['proposals', '--as-of', '2026-12-01', '--department', 'Sở Tài chính']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Số liệu năm 2023 (PCI), 2023 (PAR INDEX), 2024 (PAPI); phân công tại ngày 01/12/2026.');
    expect(r.stdout).toContain('Vị trí PCI của tỉnh: 63,23 điểm năm 2023 (không có hạng năm đó); hạng 59/63 năm 2022.');
    const focal = r.stdout.slice(r.stdout.indexOf('### Chủ trì: PCI 2023 — Điểm tổng hợp PCI'));
    expect(focal).toMatch(/\| Thiết chế pháp lý và an ninh trật tự \| 6,66 \|/);
    // PAR INDEX 2023 components without values go into one line, not blocks
    expect(r.stdout).toContain('Không có số liệu năm 2023 (PAR INDEX): Cải cách tài chính công (chủ trì)');
    expect(r.stdout).not.toContain('### Chủ trì: PAR INDEX 2023 — Cải cách tài chính công');
  });

  it('follows the assignments of the day asked for, not of the data year', async () => {
    const before = JSON.parse((await runCli(['proposals', '--as-of', '2024-12-31', '--format', 'json'])).stdout);
    const names = before.sheets.map((s: { department: string }) => s.department);
    expect(names).toContain('Sở Kế hoạch và Đầu tư');
    expect(names).not.toContain('Sở Nông nghiệp và Môi trường');
    expect((await runCli(['proposals', '--as-of', '31/02/2026', '--lang', 'en'])).stderr).toBe(
      'chiso: --as-of must be a date (YYYY-MM-DD or DD/MM/YYYY), got "31/02/2026"\n',
    );
  });

  // One run per department (about 25): allow for a loaded machine.
  it('runs every department’s sheet on its own with exit 0 and a clean document', async () => {
    for (const name of names) {
      const r = await runCli(['proposals', '--department', name]);
      expect({ name, code: r.code, stderr: r.stderr }).toEqual({ name, code: 0, stderr: '' });
      expect({ name, faults: documentFaults(r.stdout) }).toEqual({ name, faults: [] });
      expect(r.stdout).toContain(`\n## ${name}\n`);
      // A body whose components all lack data that year gets the one "no data" line instead of blocks.
      expect(r.stdout).toMatch(/\| # \| Giải pháp \| Thời hạn \| Đơn vị phối hợp \||Không có số liệu năm \d{4}/);
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
    const r = await runCli(['proposals', '--year', '2023', '--as-of', '2026-12-01', '--department', 'Sở Tư pháp']);
    await expect(r.stdout).toMatchFileSnapshot('../golden/proposals-tu-phap.md');
  });

  it('exits 2 with one line on an unknown or ambiguous department', async () => {
    const unknown = await runCli(['proposals', '--department', 'Sở Ngoại vụ', '--lang', 'en']);
    expect(unknown).toEqual({
      code: 2,
      stdout: '',
      stderr: 'chiso: unknown department "Sở Ngoại vụ"\n  hint: run chiso departments to see the names in the mapping\n',
    });
    const several = await runCli(['proposals', '--department', 'Sở Tài', '--lang', 'en']);
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
