import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { documentFaults } from '../helpers/document.js';

const SYN = ['--data', 'test/fixtures/synthetic-report', '--province', 'Ấn Phú'];

describe('chiso report on synthetic data (golden files)', () => {
  for (const [format, ext] of [
    ['md', 'md'],
    ['table', 'txt'],
    ['json', 'json'],
  ] as const) {
    it(`matches the golden ${format} output`, async () => {
      const r = await runCli(['report', ...SYN, '--format', format]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`../golden/report-synthetic.${ext}`);
    });
  }

  for (const columns of [80, 120]) {
    it(`matches the golden table at ${columns} columns, answer first, no line wider than the terminal`, async () => {
      const r = await runCli(['report', ...SYN], { columns });
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines.filter((l) => [...l].length > columns)).toEqual([]);
      // The headline table comes within the first 15 lines.
      expect(lines.slice(0, 15).some((l) => l.startsWith('┌'))).toBe(true);
      await expect(r.stdout).toMatchFileSnapshot(`../golden/report-synthetic-${columns}.txt`);
    });
  }

  it('matches the golden English Markdown', async () => {
    const r = await runCli(['report', ...SYN, '--format', 'md', '--lang', 'en']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/report-synthetic-en.md');
  });

  it('reads as a clean document in both languages', async () => {
    for (const lang of ['vi', 'en']) {
      const r = await runCli(['report', ...SYN, '--format', 'md', '--lang', lang]);
      expect(documentFaults(r.stdout)).toEqual([]);
      expect(r.stdout).not.toMatch(/\u001b\[/);
    }
  });
});

describe('the document check used below', () => {
  it('catches code words and headings with nothing under them, but not chart lines in a fence', () => {
    expect(documentFaults('# A\n\ntext\n\n## B\n\n- item\n')).toEqual([]);
    expect(documentFaults('# A\n\n## B\n\ntext\n')).toEqual(['empty section: # A']);
    expect(documentFaults('# A\n\ntext\n\n## B\n')).toEqual(['empty section: ## B']);
    expect(documentFaults('score NaN, rank undefined, null')).toEqual(['contains "NaN"', 'contains "undefined"', 'contains "null"']);
    expect(documentFaults('```text\n# not a heading\n```\n')).toEqual([]);
  });
});

describe('chiso report on the bundled data', () => {
  it('is the default command: no arguments print the Quảng Trị report', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(0);
    expect(none.stderr).toBe('');
    expect(none.stdout.split('\n')[0]).toBe('Báo cáo các chỉ số quản trị cấp tỉnh — Quảng Trị');
    expect(none.stdout).toBe((await runCli(['report'])).stdout);
    expect(documentFaults(none.stdout)).toEqual([]);
  });

  it('takes the default command’s options without the command name', async () => {
    const md = await runCli(['--format', 'md', '--province', 'quang tri']);
    expect(md.code).toBe(0);
    expect(md.stdout).toBe((await runCli(['report', '--format', 'md'])).stdout);
    expect((await runCli(['-n', '1', '--lang', 'en'])).stdout).toBe((await runCli(['report', '-n', '1', '--lang', 'en'])).stdout);
  });

  it('matches the golden Markdown of the default report (section by section, as a provincial office reads it)', async () => {
    const r = await runCli(['report', '--year', '2023', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(documentFaults(r.stdout)).toEqual([]);
    await expect(r.stdout).toMatchFileSnapshot('../golden/report-quang-tri.md');
  });

  it('reproduces the directive’s footnote ranks in the summary with --year 2022', async () => {
    const r = await runCli(['report', '--year', '2022', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| PCI | 2022 | 61,26 | **59/63** | ↓18 bậc; −2,07 |');
    expect(r.stdout).toContain('| PAPI | 2022 | 41,7742 | **37/63** | ↓9 bậc');
    expect(r.stdout).toContain('| PAR INDEX | 2022 | không có | **52/63** |');
    expect(r.stdout).toContain('| SIPAS | 2022 | 76,43 | **55/63** | ↓9 bậc');
    expect(r.stdout).toContain(
      'Chỉ số năng lực cạnh tranh cấp tỉnh PCI: năm 2018 xếp thứ 53/63, năm 2019 xếp thứ 49/63, năm 2020 xếp thứ 41/63, năm 2021 xếp thứ 41/63 và năm 2022 xếp thứ 59/63.',
    );
    expect(documentFaults(r.stdout)).toEqual([]);
  });

  it('prints no code words in any format or language, for any year with data', async () => {
    for (const args of [
      [],
      ['--lang', 'en'],
      ['--year', '2016'],
      ['--year', '2023'],
      ['--province', 'Đà Nẵng'],
      ['--province', 'Quảng Bình', '--year', '2024'],
    ]) {
      for (const format of ['table', 'md']) {
        const r = await runCli(['report', ...args, '--format', format]);
        expect({ args, format, code: r.code }).toEqual({ args, format, code: 0 });
        expect({ args, format, faults: documentFaults(r.stdout) }).toEqual({ args, format, faults: [] });
      }
    }
    // Twelve full reports: allow for a loaded machine.
  }, 30_000);

  it('exits 2 with one line on bad arguments', async () => {
    const cases: [string[], string][] = [
      [['report', '--province', 'Quang Tri Province'], 'chiso: unknown province "Quang Tri Province"\n  hint: did you mean "Quảng Trị"?\n'],
      [['report', '--year', '1999'], 'chiso: no index has data for 1999\n  hint: see chiso datasets for the years of each index\n'],
      [['report', '-n', '0'], 'chiso: -n must be at least 1\n'],
    ];
    for (const [args, stderr] of cases) {
      const r = await runCli([...args, '--lang', 'en']);
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 2, stderr });
    }
  });
});

describe('chiso report --output FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same text as stdout would get, says so on stderr, and leaves no temporary file', async () => {
    const file = join(dir, 'bao-cao.md');
    const r = await runCli(['report', '--format', 'md', '--output', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`chiso: đã ghi ${file}\n`);
    expect(readFileSync(file, 'utf8')).toBe((await runCli(['report', '--format', 'md'])).stdout);
    expect(readdirSync(dir)).toEqual(['bao-cao.md']);
  });

  it('never colours the file, even when colour is forced', async () => {
    const file = join(dir, 'bao-cao.txt');
    await runCli(['report', '--output', file], { env: { FORCE_COLOR: '1' }, isTTY: true });
    expect(readFileSync(file, 'utf8')).not.toMatch(/\u001b\[/);
  });

  it('writes nothing when the command fails', async () => {
    const file = join(dir, 'loi.md');
    const r = await runCli(['report', '--province', 'Atlantis', '--format', 'md', '--output', file]);
    expect(r.code).toBe(2);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('loi'))).toEqual([]);
  });

  it('keeps an existing file when the command fails, and fails with exit 1 on an unwritable path', async () => {
    const file = join(dir, 'bao-cao.md');
    const before = readFileSync(file, 'utf8');
    expect((await runCli(['report', '--year', '1999', '--output', file])).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(before);
    const r = await runCli(['report', '--output', join(dir, 'no', 'such', 'folder', 'x.md')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^chiso: không ghi được tệp kết quả \(ENOENT\) .*\n {2}gợi ý: thư mục chứa tệp không tồn tại\n$/);
  });
});
