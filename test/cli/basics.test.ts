import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('command line basics', () => {
  it('runs the default command, the province report, with no arguments', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Báo cáo các chỉ số quản trị cấp tỉnh — Quảng Trị');
  });

  it('matches the golden --help of the program and of the default command, in Vietnamese and with --lang en', async () => {
    await expect((await runCli(['--help', '--lang', 'en'])).stdout).toMatchFileSnapshot('../golden/help.txt');
    await expect((await runCli(['report', '--help', '--lang', 'en'])).stdout).toMatchFileSnapshot('../golden/help-report.txt');
    await expect((await runCli(['--help'])).stdout).toMatchFileSnapshot('../golden/help-vi.txt');
    await expect((await runCli(['report', '--help'])).stdout).toMatchFileSnapshot('../golden/help-report-vi.txt');
  });

  it('documents the exit codes in --help', async () => {
    const r = await runCli(['--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3\s+dataset failed validation/);
    expect(r.stdout).toMatch(/5\s+the dataset changed as --fail-on says/);
  });

  it('exits 2 on a word that is neither a command nor a province, suggesting the nearest of each', async () => {
    const r = await runCli(['validat', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'chiso: unknown command or province "validat"\n  hint: did you mean the command \'validate\', or a province (chiso ranks lists them)?\n',
    );
    const p = await runCli(['Quang Tr', '--lang', 'en']);
    expect(p.code).toBe(2);
    expect(p.stderr).toContain('or the province "Quảng Trị"?');
  });

  it('runs the report for a bare province word: chiso "Quảng Trị" = chiso report --province "Quảng Trị"', async () => {
    const expected = await runCli(['report', '--province', 'Quảng Bình', '--format', 'json']);
    for (const word of ['Quảng Bình', 'quang-binh', 'Quang Binh']) {
      const r = await runCli([word, '--format', 'json']);
      expect({ word, code: r.code, stderr: r.stderr }).toEqual({ word, code: 0, stderr: '' });
      expect(r.stdout).toBe(expected.stdout);
    }
  });

  it('exits 2 on an unknown option or a bad --format', async () => {
    expect((await runCli(['datasets', '--bogus'])).code).toBe(2);
    const r = await runCli(['datasets', '--format', 'xml', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chiso: option '--format <format>' argument 'xml' is invalid/);
  });

  it('exits 2 on an unknown index', async () => {
    const r = await runCli(['datasets', '--index', 'pcx', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chiso: unknown index "pcx"\n  hint: known indices: pci, papi, par-index, sipas\n');
  });

  it('exits 1 with a one-line error when the data folder does not exist', async () => {
    const r = await runCli(['datasets', '--data', 'no/such/folder']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('chiso: không tìm thấy thư mục dữ liệu (no/such/folder)');
    const en = await runCli(['datasets', '--data', 'no/such/folder', '--lang', 'en']);
    expect(en.stderr.split('\n')[0]).toBe('chiso: data folder not found (no/such/folder)');
  });
});
