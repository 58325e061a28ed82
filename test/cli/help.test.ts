import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/cli/examples.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { runCli } from '../helpers/cli.js';

const NAMES = COMMANDS.map((c) => c.name);
const ROOT = resolve(import.meta.dirname, '../..');
const WORKBOOKS = resolve(ROOT, '../shared/workbooks/pci');

/** Words of today's English help that no Vietnamese sentence contains. */
const ENGLISH = /\b(the|of|and|every|province|options?|usage|display|help|command|default|choices|only|file|folder|with|for|when)\b/i;

/**
 * The prose of a help text: without the examples, the option and argument terms, flags, usage
 * placeholders, file names and the column names of a targets file (code names, the same in both languages).
 */
function prose(help: string): string {
  const examples = /^\s+\$ chiso.*$/gm;
  return help
    .replace(examples, '')
    .replace(/^(Usage|Cách dùng):.*$/gm, '')
    .replace(/^ {2}\S.*?(?: {2,}|$)/gm, '')
    .replace(/index, measure, year, kind \(score\|rank\|percentile\), value, department, note\[, province\]/g, '')
    .replace(/--?[\w-]+(?:[ =]<[^>]+>)?|\b[a-z]+:[A-Z]+\b|<[^>]+>|\[[^\]]+\]|[\w./-]+\.(?:csv|md|xlsx?)\b|\b[A-Z_]{3,}(?:=\d)?/g, '');
}

const help = async (args: string[], env: Record<string, string> = {}) => (await runCli(args, { env, columns: 80 })).stdout;

/** An example's command line as argv, without "chiso" and without what it is piped into. */
function argv(example: string): string[] {
  const line = example.split(' | ')[0]!;
  const words = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
  return words.slice(1);
}

describe('help in the language asked for', () => {
  it('is Vietnamese by default, for the program and every command: no English sentence outside flags, code names and examples', async () => {
    for (const args of [['--help'], ...NAMES.map((n) => [n, '-h'])]) {
      const text = await help(args);
      expect(text, args.join(' ')).toMatch(/^Cách dùng: chiso/);
      const lines = prose(text)
        .split('\n')
        .filter((l) => ENGLISH.test(l));
      expect({ args, lines }).toEqual({ args, lines: [] });
    }
  });

  it('is English with --lang en, --lang=en or CHISO_LANG=en, and --lang wins over CHISO_LANG', async () => {
    for (const args of [['--help'], ['ranks', '-h']]) {
      for (const text of [await help([...args, '--lang', 'en']), await help([...args, '--lang=EN']), await help(args, { CHISO_LANG: 'en' })]) {
        expect(text).toMatch(/^Usage: chiso/);
        expect(prose(text)).toMatch(ENGLISH);
        expect(text).not.toMatch(/Cách dùng|Tùy chọn|Mã thoát|tỉnh/);
      }
      expect(await help([...args, '--lang', 'vi'], { CHISO_LANG: 'en' })).toMatch(/^Cách dùng: chiso/);
    }
    expect(await help(['ranks', '-h', '--lang', 'en'])).toContain('league table of one index-year');
    expect(await help(['ranks', '-h'])).toContain('bảng xếp hạng một chỉ số trong một năm');
  });

  it('gives every command two or three examples and the exit codes that apply to it, in both languages', async () => {
    for (const name of NAMES) {
      expect(EXAMPLES[name]?.length, name).toBeGreaterThanOrEqual(2);
      expect(EXAMPLES[name]!.length, name).toBeLessThanOrEqual(3);
      for (const [lang, examples, codes] of [
        ['vi', 'Ví dụ:', 'Mã thoát:'],
        ['en', 'Examples:', 'Exit codes:'],
      ] as const) {
        const text = await help([name, '-h', '--lang', lang]);
        const shown = text.split(`${examples}\n`)[1]!.split('\n\n')[0]!.split('\n');
        expect(shown).toEqual(EXAMPLES[name]!.map((e) => `  $ ${e}`));
        const exit = text.split(`${codes}\n`)[1]!.trimEnd().split('\n');
        expect(exit.map((l) => l.trim().split(' ')[0])).toEqual(
          ['0', '1', '2'].concat(name === 'validate' ? ['3'] : name === 'targets' ? ['4'] : name === 'diff' ? ['5'] : []),
        );
      }
    }
    const all = await help(['--help']);
    expect(all).toMatch(/3 {2}bộ dữ liệu không qua kiểm tra/);
    expect(all).toMatch(/5 {2}bộ dữ liệu thay đổi như --fail-on nêu/);
  });

  it('fits 80 columns, counted in display columns (string-width), in both languages', async () => {
    for (const lang of ['vi', 'en']) {
      for (const args of [['--help'], ...NAMES.map((n) => [n, '-h'])]) {
        const text = (await runCli([...args, '--lang', lang], { env: { COLUMNS: '80' }, columns: 200 })).stdout;
        const wide = text.split('\n').filter((l) => stringWidth(l) > 80);
        expect({ args, lang, wide }).toEqual({ args, lang, wide: [] });
      }
    }
  });

  it('wraps Vietnamese in NFD (combining marks) as in NFC: the marks take no column', async () => {
    const { helpWidthOf } = await import('../../src/cli/help.js');
    for (const s of ['Quảng Trị', 'chỉ số thành phần', 'sở, ngành', '\x1b[1mthứ hạng\x1b[22m']) {
      expect(helpWidthOf(s.normalize('NFD'))).toBe(stringWidth(s));
    }
  });

  // About 40 runs, two workbook imports among them: more than the default 30 s on a loaded machine.
  it('runs every example as written: exit 0, or the code its command documents', async () => {
    // In a folder of their own, with the files the examples name: two copies of the bundled data,
    // a targets file (the bundled-data targets fixture) and the owners' workbooks when present.
    const dir = mkdtempSync(join(tmpdir(), 'chiso-examples-'));
    cpSync(join(ROOT, 'data'), join(dir, 'du-lieu-cu'), { recursive: true });
    cpSync(join(ROOT, 'data'), join(dir, 'du-lieu-moi'), { recursive: true });
    cpSync(join(ROOT, 'test/fixtures/bundled-targets/targets-met.csv'), join(dir, 'chi-tieu.csv'));
    const workbooks = existsSync(WORKBOOKS);
    if (workbooks) for (const f of ['PCI_2016.xlsx', 'PCI_2023_data.xlsx']) cpSync(join(WORKBOOKS, f), join(dir, f));
    const allowed: Record<string, number> = { validate: 3, targets: 4, diff: 5 };
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      for (const [name, examples] of Object.entries(EXAMPLES)) {
        if (name === 'import' && !workbooks) continue;
        for (const example of examples) {
          const r = await runCli(argv(example));
          const ok = r.code === 0 || r.code === allowed[name];
          expect({ example, ok, stderr: ok ? '' : r.stderr }).toEqual({ example, ok: true, stderr: '' });
        }
      }
    } finally {
      process.chdir(cwd);
    }
  }, 300_000);
});
