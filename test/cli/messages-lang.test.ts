import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import type { Io } from '../../src/cli/io.js';

const dir = mkdtempSync(join(tmpdir(), 'chiso-msg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Error cases of the command line and the commands (not of the data files), with the Io they need. */
const CASES: [string, string[], Partial<Io>?][] = [
  ['unknown index', ['datasets', '--index', 'pcx']],
  ['unknown province', ['trend', 'Atlantis']],
  ['a word that is neither command nor province', ['validat']],
  ['unknown option (commander)', ['trend', '--bogus']],
  ['unknown option with a suggestion (commander)', ['ranks', '--formt', 'json']],
  ['invalid choice (commander)', ['ranks', '--format', 'xml']],
  ['option without its value (commander)', ['ranks', '--index']],
  ['missing argument (commander)', ['diff', 'old']],
  ['a year without data', ['ranks', '--year', '1999']],
  ['a bad --as-of', ['proposals', '--as-of', '31/02/2026']],
  ['a bad --set', ['simulate', '--set', 'x']],
  ['--top 0', ['ranks', '--top', '0']],
  ['--rank 0', ['target', '--rank', '0']],
  ['--from after --to', ['changes', '--from', '2022', '--to', '2020']],
  ['two indices for a one-index command', ['ranks', '--index', 'pci,papi']],
  ['unknown department', ['departments', '--department', 'Sở Ngoại vụ']],
  ['unknown benchmark', ['gaps', '--benchmark', 'worst']],
  ['unknown region', ['ranks', '--region', 'mars']],
  ['unknown --table', ['ranks', '--format', 'csv', '--table', 'nope']],
  ['a binary format on a terminal', ['ranks', '--format', 'xlsx'], { isTTY: true }],
  ['an unwritable --output', ['ranks', '--output', join(dir, 'thu-muc-chua-co', 'x.md')]],
];

/** Words of the English messages above; none belongs in a Vietnamese line (names, codes and flags have none of them). */
const ENGLISH =
  /\b(unknown|not|no|the|is|must|expected|missing|cannot|did you mean|has|takes|got|matches|several|e\.g|use|see|run|add|invalid|allowed|argument|option|hint|at least|before|after)\b/i;

describe('error messages in the language asked for', () => {
  for (const [name, args, io] of CASES) {
    it(`${name}: Vietnamese under --lang vi, English under --lang en`, async () => {
      const vi = await runCli([...args, '--lang', 'vi'], io);
      const en = await runCli([...args, '--lang', 'en'], io);
      expect(vi.code).toBeGreaterThan(0);
      expect(vi.code).toBe(en.code);
      expect(vi.stderr).toMatch(/^chiso: /);
      // The word list fails on today's English, so that the Vietnamese check below can fail.
      expect(en.stderr).toMatch(ENGLISH);
      expect(vi.stderr).not.toMatch(ENGLISH);
      expect(vi.stderr).not.toBe(en.stderr);
    });
  }

  it('is Vietnamese by default, English with CHISO_LANG=en, and --lang wins over CHISO_LANG', async () => {
    const args = ['ranks', '--year', '1999'];
    expect((await runCli(args)).stderr).toBe('chiso: không có dữ liệu PCI năm 1999\n  gợi ý: các năm có dữ liệu PCI: 2006–2024\n');
    expect((await runCli(args, { env: { CHISO_LANG: 'en' } })).stderr).toBe('chiso: PCI has no data for 1999\n  hint: years with PCI data: 2006–2024\n');
    expect((await runCli([...args, '--lang=vi'], { env: { CHISO_LANG: 'en' } })).stderr).toMatch(/^chiso: không có dữ liệu PCI năm 1999\n/);
  });

  it('says in Vietnamese which province was not found and which one was meant', async () => {
    expect((await runCli(['trend', 'Quang Trj'])).stderr).toBe('chiso: không tìm thấy tỉnh "Quang Trj"\n  gợi ý: có phải ý bạn là "Quảng Trị"?\n');
    expect((await runCli(['trend', 'HN'])).stderr).toContain('gợi ý: có phải ý bạn là "Hà Nội" hoặc "Hà Nam"?');
  });

  it("translates commander's errors and puts its suggestion on a hint line", async () => {
    expect((await runCli(['ranks', '--formt', 'json'])).stderr).toBe("chiso: không có tùy chọn '--formt'\n  gợi ý: có phải ý bạn là --format?\n");
    expect((await runCli(['ranks', '--formt', 'json', '--lang', 'en'])).stderr).toBe("chiso: unknown option '--formt'\n  hint: did you mean --format?\n");
    expect((await runCli(['diff', 'old'])).stderr).toBe("chiso: thiếu đối số bắt buộc 'mới'\n");
  });

  it('says where --output went in Vietnamese', async () => {
    const file = join(dir, 'xep-hang.md');
    expect((await runCli(['ranks', '--format', 'md', '--output', file])).stderr).toBe(`chiso: đã ghi ${file}\n`);
    expect((await runCli(['ranks', '--format', 'md', '--output', file, '--lang', 'en'])).stderr).toBe(`chiso: wrote ${file}\n`);
  });
});
