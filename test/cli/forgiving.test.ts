import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('a command line that forgives', () => {
  it('prints the version with --version and -V', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await runCli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
  });

  it('takes the province as a positional word, the same as --province', async () => {
    const word = await runCli(['trend', 'Quang Tri', '--format', 'json']);
    const flag = await runCli(['trend', '--province', 'Quảng Trị', '--format', 'json']);
    expect(word.code).toBe(0);
    expect(word.stdout).toBe(flag.stdout);
    const both = await runCli(['trend', 'Huế', '--province', 'Quảng Trị']);
    expect(both.code).toBe(2);
  });

  it('accepts --index by code, display name or common spelling', async () => {
    const want = (await runCli(['ranks', '--index', 'par-index', '--format', 'json'])).stdout;
    for (const spelling of ['PAR INDEX', 'par_index', 'Par Index'])
      expect((await runCli(['ranks', '--index', spelling, '--format', 'json'])).stdout).toBe(want);
    expect((await runCli(['ranks', '--index', 'Papi', '--format', 'json'])).code).toBe(0);
  });

  it('matches choices in any case (--format JSON, --lang EN)', async () => {
    const r = await runCli(['ranks', '--index', 'PAR INDEX', '--format', 'JSON']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).index).toBe('par-index');
    expect((await runCli(['datasets', '--lang', 'EN', '--format', 'Md'])).stdout).toContain('| Index |');
  });

  it('treats --output - as stdout', async () => {
    const r = await runCli(['report', '--format', 'json', '--output', '-']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toBeTruthy();
  });

  it('honours CHISO_LANG, with --lang winning', async () => {
    expect((await runCli(['datasets', '--format', 'md'], { env: { CHISO_LANG: 'en' } })).stdout).toContain('| Index |');
    expect((await runCli(['datasets', '--format', 'md', '--lang', 'vi'], { env: { CHISO_LANG: 'en' } })).stdout).toContain('| Chỉ số |');
  });

  it('suggests provinces from initials and aliases, several when ambiguous, never what was typed', async () => {
    const hint = async (name: string) => (await runCli(['trend', name, '--lang', 'en'])).stderr;
    expect(await hint('HN')).toContain('did you mean "Hà Nội" or "Hà Nam"?');
    for (const dn of ['DN', 'ĐN']) {
      const h = await hint(dn);
      for (const p of ['Đà Nẵng', 'Đồng Nai', 'Đắk Nông']) expect(h).toContain(p);
    }
    expect(await hint('Quang Tri Province')).toContain('did you mean "Quảng Trị"?');
    // trend answers for "Cả nước" (test/commands/national.test.ts); report needs a province and says so.
    const nation = (await runCli(['report', 'Cả nước', '--lang', 'en'])).stderr;
    expect(nation).toContain('aggregate');
    expect(nation).not.toContain('did you mean');
    for (const name of ['Saigon', 'Sài Gòn', 'TPHCM', 'HCM', 'Huế', 'BRVT']) expect((await runCli(['trend', name, '--format', 'json'])).code).toBe(0);
  });

  it('shows examples and the exit codes in every command help', async () => {
    for (const cmd of ['report', 'proposals', 'ranks', 'changes', 'trend', 'gaps', 'weakest', 'departments', 'datasets', 'validate']) {
      const r = await runCli([cmd, '-h', '--lang', 'en']);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toContain('Exit codes:');
    }
  });
});
