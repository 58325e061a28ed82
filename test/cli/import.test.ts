import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const WORKBOOKS = resolve(import.meta.dirname, '../../../shared/workbooks');
const present = existsSync(WORKBOOKS);
if (!present) console.warn(`skipping chiso import on the owners' workbooks: ${WORKBOOKS} is absent`);
const W2023 = join(WORKBOOKS, 'pci/PCI_2023_data.xlsx');
const fresh = () => mkdtempSync(join(tmpdir(), 'chiso-import-'));

describe.skipIf(!present)('chiso import', () => {
  it('writes the 2023 year file and the base indicators, says what it recognised on stderr, and the folder validates', async () => {
    const dir = fresh();
    const r = await runCli(['import', W2023, '--data', dir, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('CSTP 6: Cạnh tranh bình đẳng');
    expect(r.stderr).toContain('policy_bias');
    expect(r.stderr).toContain('Skipped (not provinces): Thấp nhất; Trung vị; Cao nhất');
    expect(r.stderr).toContain('Yên Bái: identical duplicate row dropped');
    const csv = readFileSync(join(dir, 'pci/2023.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe(
      'province,entry_costs,land_access,transparency,time_costs,informal_charges,policy_bias,proactivity,business_support,labor_policy,legal_institutions,source',
    );
    expect(csv.filter((l) => l !== '')).toHaveLength(64);
    // Read by hand from sheet "Gia nhập thị trường", row Quảng Trị, column C (days to register, median): 7.
    expect(readFileSync(join(dir, 'indicator-values.csv'), 'utf8')).toContain('\npci,2023,Quảng Trị,entry_costs_c,7\n');
    const v = await runCli(['validate', '--data', dir]);
    expect(v.code).toBe(0);
    const g = await runCli(['gaps', '--data', dir, '--index', 'pci', '--year', '2023', '--format', 'json']);
    const transparency = JSON.parse(g.stdout).components.find((c: { code: string }) => c.code === 'transparency');
    expect(transparency.score.toFixed(2)).toBe('6.09');
  }, 60_000);

  it('never overwrites without --force, writes nothing with --dry-run, and is whole or nothing', async () => {
    const dir = fresh();
    const dry = await runCli(['import', W2023, '--data', dir, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
    expect((await runCli(['import', W2023, '--data', dir])).code).toBe(0);
    const before = readFileSync(join(dir, 'pci/2023.csv'), 'utf8');
    writeFileSync(join(dir, 'pci/2023.csv'), 'edited\n');
    const again = await runCli(['import', W2023, '--data', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^chiso: .*(tệp đã có|đã có số liệu)/);
    expect(readFileSync(join(dir, 'pci/2023.csv'), 'utf8')).toBe('edited\n');
    expect((await runCli(['import', W2023, '--data', dir, '--force'])).code).toBe(0);
    expect(readFileSync(join(dir, 'pci/2023.csv'), 'utf8')).toBe(before);
  }, 60_000);

  it('an unknown layout is one line naming the sheets and headers looked for (exit 1)', async () => {
    const dir = fresh();
    const r = await runCli(['import', join(WORKBOOKS, 'SOURCES.md'), '--data', dir, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^chiso: unknown workbook layout: no sheet named "Tổng hợp".*"Summary_VN".*"Tỉnh"/);
    const vi = await runCli(['import', join(WORKBOOKS, 'SOURCES.md'), '--data', dir]);
    expect(vi.stderr).toMatch(/^chiso: không nhận ra bố cục tệp bảng tính: không có trang tính nào tên "Tổng hợp".*"Summary_VN".*"Tỉnh"/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names the layout it recognised in words, in vi and en; --format json keeps the code', async () => {
    // README: VCCI's 2011–2016 summaries are sorted province–score pairs, 2023 one column per sub-index; PAPI's are <year>_PAPI sheets.
    const cases: [string, string, string, string][] = [
      ['pci/PCI_2012.xlsx', 'sorted-pairs', 'danh sách xếp hạng, cặp cột tỉnh – điểm', 'ranked lists in province–score column pairs'],
      ['pci/PCI_2023_data.xlsx', 'columns', 'mỗi chỉ số thành phần một cột', 'one column per sub-index'],
      ['papi/PAPI_2011-2016.xlsx', 'papi-sheet', 'trang PAPI theo năm', 'PAPI yearly sheet'],
    ];
    for (const [file, code, vi, en] of cases) {
      const args = ['import', join(WORKBOOKS, file), '--data', fresh(), '--dry-run'];
      const wide = { columns: 300 };
      const inVi = await runCli(args, wide);
      expect(inVi.stderr, file).toContain(`" (${vi})\n`);
      const inEn = await runCli([...args, '--lang', 'en'], wide);
      expect(inEn.stderr, file).toContain(`" (${en})\n`);
      for (const text of [inVi.stderr, inEn.stderr]) expect(text, file).not.toMatch(/\((sorted-pairs|columns|papi-sheet)\)/);
      const json = await runCli([...args, '--format', 'json']);
      expect(json.code, json.stderr).toBe(0);
      // What was recognised goes to stderr, JSON too (stdout stays free).
      const sheets: { layout: string }[] = JSON.parse(json.stderr).sheets;
      expect(sheets.length, file).toBeGreaterThan(0);
      expect(
        sheets.every((s) => s.layout === code),
        file,
      ).toBe(true);
    }
  }, 120_000);

  it('validate on a folder holding a workbook says to run chiso import', async () => {
    const dir = fresh();
    copyFileSync(join(WORKBOOKS, 'pci/PCI_2016.xlsx'), join(dir, 'PCI_2016.xlsx'));
    const r = await runCli(['validate', '--data', dir]);
    expect(r.stdout + r.stderr).toContain('chiso import');
  });
});
