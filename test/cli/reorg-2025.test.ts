import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { synthetic2025Folder } from '../helpers/synthetic-2025.js';

// The bundled data (63 provinces to 2024) plus the synthetic 34-unit PCI and PAPI 2025 files.
const dir = synthetic2025Folder();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const json = async (args: string[]) => {
  const r = await runCli([...args, '--data', dir, '--format', 'json']);
  expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 0, stderr: '' });
  return JSON.parse(r.stdout);
};

describe('a 34-unit year (synthetic 2025 files)', () => {
  it('ranks the 34 units out of 34', async () => {
    const r = await json(['ranks', '--index', 'pci', '--year', '2025']);
    expect(r.expectedProvinces).toBe(34);
    expect(r.entries).toHaveLength(34);
    expect(r.entries.find((x: { province: string }) => x.province === 'quang-tri-2025').rank).toMatchObject({ rank: 20, of: 34, origin: 'published' });
  });

  it('trend shows the Quảng Bình and Quảng Trị series to 2024, then the merged unit from 2025 with its percentile', async () => {
    const r = await json(['trend', '--province', 'Quảng Trị', '--index', 'pci,papi']);
    const pci = r.indices.find((i: { index: string }) => i.index === 'pci');
    const y2025 = pci.years.find((y: { year: number }) => y.year === 2025);
    expect(y2025).toMatchObject({ unit: 'quang-tri-2025', rank: { rank: 20, of: 34 } });
    expect(y2025.rank.percentile).toBeCloseTo(14 / 33, 10);
    expect(y2025.change.flags).toContain('unit-changed');
    // Never a score or rank for the merged unit before it existed.
    for (const i of r.indices) for (const y of i.years) expect(y.unit === 'quang-tri-2025').toBe(y.year >= 2025);
    const qb = r.predecessors.find((p: { unit: string }) => p.unit === 'quang-binh');
    expect(qb.successor).toBe('quang-tri-2025');
    const qbPci = qb.indices.find((i: { index: string }) => i.index === 'pci');
    expect(Math.max(...qbPci.years.map((y: { year: number }) => y.year))).toBeLessThanOrEqual(2024);
    expect(qbPci.years.find((y: { year: number }) => y.year === 2020).rank).toMatchObject({ rank: 52, of: 63 }); // published PCI 2020 ranking
    // Across the merger: percentiles, the members named, an equivalent rank out of 34 (derived).
    const m = r.mergers.find((x: { index: string }) => x.index === 'pci');
    expect(m.members.map((x: { member: string }) => x.member).sort()).toEqual(['quang-binh', 'quang-tri']);
    const qt = m.members.find((x: { member: string }) => x.member === 'quang-tri');
    expect(qt).toMatchObject({ year: 2022, rank: 59, of: 63 }); // PCI 2022: 59/63 (directive, footnote 1)
    expect(qt.equivalentRank).toBe(Math.round(33 * (1 - 4 / 62) + 1));
  });

  it('trend as text names the members and labels the equivalent rank as derived', async () => {
    const r = await runCli(['trend', '--data', dir, '--province', 'Quảng Trị', '--index', 'pci']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Quảng Bình (đến 2024; từ 01/07/2025 thuộc Quảng Trị)');
    expect(r.stdout).toContain('PCI: Quảng Trị năm 2025 hạng 20/34, phân vị 42');
    expect(r.stdout).toContain('khác đơn vị: Quảng Trị từ 2025 gồm Quảng Bình, Quảng Trị');
    expect(r.stdout).toContain('(suy ra từ phân vị, không phải hạng công bố)');
    // The 2025 row's ± rank cell: Quảng Trị's PCI 2022 59/63 (percentile 4/62) re-read out of 34, marked derived, the note once.
    expect(r.stdout).toMatch(/│ PCI +│ 2025 │.*│ +≈32\/34 │/);
    expect(r.stdout.match(/≈: ở năm đầu của đơn vị sau sáp nhập/g)).toHaveLength(1);
    // The chart is on the percentile scale, each year labelled with its rank out of its N.
    expect(r.stdout).toContain('PCI: theo phân vị 0–100 (số tỉnh đổi)');
    expect(r.stdout).toMatch(/59\/63 20\/34\n/);
  });

  it('gaps, weakest, report and changes run on 2025', async () => {
    const gaps = await json(['gaps', '--index', 'papi', '--year', '2025', '--as-of', '2026-12-01']);
    expect(gaps.components).toHaveLength(8);
    expect(gaps.components[0].rank.of).toBe(34);
    const weakest = await json(['weakest', '--index', 'papi', '--year', '2025', '--as-of', '2026-12-01']);
    expect(weakest.rows[0]).toMatchObject({ code: 'd8_e_governance', province: 'quang-tri-2025' });
    const report = await json(['report', '--year', '2025', '--as-of', '2026-12-01']);
    expect(report.indices.find((i: { index: string }) => i.index === 'pci').standing.rank).toMatchObject({ rank: 20, of: 34 });
    const changes = await json(['changes', '--index', 'papi', '--from', '2024', '--to', '2025']);
    // Across the merger: the new Quảng Trị against Quảng Bình and Quảng Trị 2024, percentiles only.
    const qt = changes.byMembers.find((m: { unit: string }) => m.unit === 'quang-tri-2025');
    expect(qt.rank).toMatchObject({ rank: 26, of: 34 });
    expect(qt.members.map((m: { member: string; rank: number; of: number }) => [m.member, m.rank, m.of])).toEqual([
      ['quang-binh', 28, 61],
      ['quang-tri', 14, 61],
    ]);
    expect(changes.byMembers).toHaveLength(34);
    const caoBang = changes.byMembers.find((m: { unit: string }) => m.unit === 'cao-bang');
    expect(caoBang.members.map((m: { member: string }) => m.member)).toEqual(['cao-bang']);
  });

  it('changes 2024 → 2025 names the members without a 2024 rank rather than leaving them out', async () => {
    // PAPI 2024 ranks 61 provinces: Vĩnh Phúc and Tiền Giang have no 2024 rank (data/README.md).
    const r = await runCli(['changes', '--data', dir, '--index', 'papi', '--from', '2024', '--to', '2025', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tiền Giang không có hạng 2024');
    expect(r.stdout).toContain('Vĩnh Phúc không có hạng 2024');
  });

  it('report shows the former members to 2024 and the merged unit from 2025 by percentile', async () => {
    const r = await runCli(['report', '--data', dir, '--as-of', '2026-12-01', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Hợp nhất vào Quảng Trị từ 01/07/2025 (số liệu đến 2024; trong ngoặc: phân vị)');
    expect(r.stdout).toContain('- Quảng Bình: PCI 2021 57/63 (10), 2022 48/63 (24)');
    expect(r.stdout).toContain('- PCI: Quảng Trị năm 2025 hạng 20/34, phân vị 42');
    expect(r.stdout).toContain('Phân công tại ngày 01/12/2026.');
  });

  it('proposals --year 2025 as of 2026-12-01 (golden)', async () => {
    // The bundled mapping by its repository path, so that the golden does not name the temporary folder.
    const r = await runCli([
      'proposals',
      '--data',
      dir,
      '--departments',
      'data/departments.csv',
      '--year',
      '2025',
      '--as-of',
      '2026-12-01',
      '--department',
      'Sở Khoa học và Công nghệ',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/proposals-synthetic-2025-khcn.md');
  });
});
