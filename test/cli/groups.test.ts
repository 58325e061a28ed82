import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { unwrapValidate } from '../helpers/validate-text.js';

const SYN = 'test/fixtures/synthetic-groups';

/** A copy of the synthetic fixture with one file's text edited. */
function broken(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-groups-'));
  cpSync(SYN, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('the group column of chiso ranks (synthetic schemes, values made up)', () => {
  it('percentile groups at N = 6: rank 1 alone on top, the tie at rank 2 shares a group', async () => {
    const r = await runCli(['ranks', '--data', SYN, '--index', 'syn', '--year', '2020']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/ranks-synthetic-groups-2020.txt');
  });

  it('share of the maximum: 27/30 is exactly 90 % (A), 23.99/30 is below 80 % (no group)', async () => {
    const r = await runCli(['ranks', '--data', SYN, '--index', 'syn', '--year', '2022', '--format', 'json']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/ranks-synthetic-groups-2022.json');
  });

  it('published tiers as written, in English by the scheme label', async () => {
    const r = await runCli(['ranks', '--data', SYN, '--index', 'syn', '--year', '2023', '--lang', 'en']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/ranks-synthetic-groups-2023-en.txt');
  });
});

describe('validate checks groups.csv and the tier column', () => {
  it('a group bound not below the one above is an error at its line and column', async () => {
    const dir = broken('groups.csv', (t) => t.replace('upper,0.5,', 'upper,0.8,'));
    const r = await runCli(['validate', '--data', dir, '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(unwrapValidate(r.stdout)).toContain('groups.csv:3:6: error: min 0.8 is not below 0.75 of the group above');
  });

  it('an unknown index is an error in a folder that has its own groups.csv', async () => {
    const dir = broken('groups.csv', (t) => t.replace('syn,2023,2023,published,fair', 'sny,2023,2023,published,fair'));
    const r = await runCli(['validate', '--data', dir, '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(unwrapValidate(r.stdout)).toContain('groups.csv:9:1: error: unknown index sny');
  });

  it('a tier that is not one of the year’s published groups is an error at its cell', async () => {
    const dir = broken('syn/2023.csv', (t) => t.replace('Khá,synthetic', 'Kha,synthetic'));
    const r = await runCli(['validate', '--data', dir, '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(unwrapValidate(r.stdout)).toContain('syn/2023.csv:4:5: error: "Kha" is not a tier of SYN 2023 in groups.csv');
  });
});

describe('--benchmark national', () => {
  it('PAPI 2023: the national average the press published, 42.3265 (chatluongvacuocsong.vn)', async () => {
    const r = await runCli(['gaps', '--index', 'papi', '--year', '2023', '--benchmark', 'national', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).composite.benchmark).toMatchObject({ value: 42.3265, provinces: ['vn'] });
  });

  it('PAR INDEX 2023: the published mean of the provinces, 86.98 %', async () => {
    const r = await runCli(['gaps', '--index', 'par', '--year', '2023', '--benchmark', 'national', '--format', 'json']);
    expect(JSON.parse(r.stdout).composite.benchmark).toMatchObject({ value: 86.98, provinces: ['vn-average'] });
  });

  it('a year without a national row says so instead of printing a number (PCI 2019)', async () => {
    const r = await runCli(['gaps', '--index', 'pci', '--year', '2019', '--benchmark', 'national', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("the year's data has no national figure");
  });
});
