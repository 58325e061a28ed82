import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { unwrapValidate } from '../helpers/validate-text.js';

const dir = (name: string) => `test/fixtures/synthetic-invalid/${name}`;
const tmp = mkdtempSync(join(tmpdir(), 'chiso-validate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A validate that cannot pass by accident: each of these folders is an error with its location, exit 3. */
const CASES: [string, string, string][] = [
  ['no-measure', '/pci/2016.csv:1: error: no recognised measure column (pci, rank or a component of PCI 2013–2021) [no-measure]', '/pci/2016.csv:1'],
  ['no-province', '/pci/2016.csv:1: error: no row names a known province [no-province]', '/pci/2016.csv:1'],
  ['workbook', '/pci/2017.xlsx: error: a workbook is not read: year files are <year>.csv [workbook]', '/pci/2017.xlsx'],
  ['unknown-index', '/pcii: error: folder "pcii" is not an index listed in indices.csv [unknown-index]', '/pcii'],
];

describe('chiso validate: folders that used to pass', () => {
  for (const [name, line] of CASES) {
    it(`${name}: exit 3 and the error at its location`, async () => {
      const r = await runCli(['validate', '--data', dir(name), '--lang', 'en']);
      expect(r.code).toBe(3);
      expect(unwrapValidate(r.stdout).split('\n')).toContain(dir(name) + line);
    });
  }

  for (const [name, , place] of CASES.filter(([n]) => n !== 'unknown-index')) {
    it(`${name}: a command reading the file stops with the same one-line error, exit 1`, async () => {
      const r = await runCli(['ranks', '--data', dir(name), '--year', name === 'workbook' ? '2017' : '2016']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^chiso: .+ \\(${(dir(name) + place).replace(/[.]/g, '\\.')}\\)$`));
    });
  }

  it('an empty data folder is an error (exit 3), not 7 checked definition files', async () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    const r = await runCli(['validate', '--data', empty, '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(unwrapValidate(r.stdout)).toContain(`${empty}: error: no year files <index>/<year>.csv in the data folder [no-year-files]`);
  });

  it('a missing data folder is an error (exit 3)', async () => {
    const r = await runCli(['validate', '--data', join(tmp, 'no-such-folder'), '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(unwrapValidate(r.stdout)).toContain(`${join(tmp, 'no-such-folder')}: error: data folder not found [no-data-folder]`);
    const vi = await runCli(['validate', '--data', join(tmp, 'no-such-folder')]);
    expect(unwrapValidate(vi.stdout)).toContain(`${join(tmp, 'no-such-folder')}: lỗi: không tìm thấy thư mục dữ liệu [no-data-folder]`);
  });
});

describe('chiso validate: the baseline of known warnings', () => {
  // Synthetic: two provinces of 63 (a coverage warning) and one row with 1 of 10 components.
  const data = join(tmp, 'baseline');
  mkdirSync(join(data, 'pci'), { recursive: true });
  writeFileSync(join(data, 'pci', '2016.csv'), 'province,pci,rank,rank_of\nĐà Nẵng,61.25,1,63\nQuảng Trị,50.5,2,63\n');
  const entry = 'pci/2016.csv,coverage,PCI 2016: 2 of 63 provinces have data,synthetic test\n';
  const baseline = (text: string) => writeFileSync(join(data, 'validate-baseline.csv'), 'file,check,message,note\n' + text);

  it('counts acknowledged warnings, annotates none of them, and passes --strict', async () => {
    baseline(entry);
    const text = await runCli(['validate', '--data', data, '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain('warning:');
    expect(text.stdout).toContain(`1 known warning (see ${join(data, 'validate-baseline.csv')})`);
    const gh = await runCli(['validate', '--data', data, '--format', 'github', '--strict', '--lang', 'en']);
    expect(gh.code).toBe(0);
    expect(gh.stdout).not.toContain('::warning');
    const json = JSON.parse((await runCli(['validate', '--data', data, '--format', 'json'])).stdout);
    expect([json.warnings, json.knownWarnings, json.known[0].check]).toEqual([0, 1, 'coverage']);
  });

  it('matches the baseline (English text) whatever the language of the output', async () => {
    baseline(entry);
    for (const env of [{}, { CHISO_LANG: 'vi' }, { CHISO_LANG: 'en' }]) {
      const json = JSON.parse((await runCli(['validate', '--data', data, '--format', 'json', '--strict'], { env })).stdout);
      expect([json.ok, json.warnings, json.knownWarnings]).toEqual([true, 0, 1]);
      // The message a script copies into the baseline is the English one, under either language.
      expect([json.known[0].message, json.known[0].messageVi]).toEqual(['PCI 2016: 2 of 63 provinces have data', 'PCI 2016: 2/63 tỉnh có dữ liệu']);
    }
    const vi = await runCli(['validate', '--data', data, '--strict']);
    expect([vi.code, vi.stdout]).toEqual([0, `1 cảnh báo đã biết (xem ${join(data, 'validate-baseline.csv')})\nĐã kiểm tra 9 tệp: 0 lỗi, 0 cảnh báo\n`]);
    // A baseline written in Vietnamese is not a key: the entry stays unmatched (stale) and the warning new.
    baseline('pci/2016.csv,coverage,PCI 2016: 2/63 tỉnh có dữ liệu,viết bằng tiếng Việt\n');
    const json = JSON.parse((await runCli(['validate', '--data', data, '--format', 'json'])).stdout);
    expect(json.issues.map((i: { check: string }) => i.check).sort()).toEqual(['coverage', 'stale-baseline']);
  });

  it('shows a new warning and fails --strict on it only', async () => {
    baseline(entry);
    writeFileSync(join(data, 'pci', '2016.csv'), 'province,pci,rank,rank_of,entry_costs\nĐà Nẵng,61.25,1,63,5\nQuảng Trị,50.5,2,63,\n');
    const r = await runCli(['validate', '--data', data, '--format', 'github', '--strict', '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual([
      expect.stringMatching(/^::error file=.*2016\.csv,line=2,title=missing-components::Đà Nẵng: 9 of 10/),
    ]);
    writeFileSync(join(data, 'pci', '2016.csv'), 'province,pci,rank,rank_of\nĐà Nẵng,61.25,1,63\nQuảng Trị,50.5,2,63\n');
  });

  it('reports an entry that no longer occurs, at its line of the baseline', async () => {
    baseline(entry + 'pci/2015.csv,coverage,PCI 2015: 1 of 63 provinces have data,fixed since\n');
    const r = await runCli(['validate', '--data', data, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(unwrapValidate(r.stdout)).toContain(
      `${join(data, 'validate-baseline.csv')}:3: warning: acknowledged warning no longer occurs: pci/2015.csv [coverage] PCI 2015: 1 of 63 provinces have data [stale-baseline]`,
    );
    expect((await runCli(['validate', '--data', data, '--strict'])).code).toBe(3);
  });

  it('the bundled data has no unacknowledged warning', async () => {
    const r = await runCli(['validate', '--strict', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ errors: 0, warnings: 0, knownWarnings: 33 });
  });

  it('the bundled data: 0 errors, 0 warnings and its 33 known ones, in both languages', async () => {
    const vi = await runCli(['validate', '--strict']);
    expect([vi.code, vi.stdout.split('\n').slice(-3)]).toEqual([
      0,
      ['33 cảnh báo đã biết (xem data/validate-baseline.csv)', expect.stringMatching(/: 0 lỗi, 0 cảnh báo$/), ''],
    ]);
    const en = await runCli(['validate', '--strict', '--lang', 'en']);
    expect([en.code, en.stdout.split('\n').slice(-3)]).toEqual([
      0,
      ['33 known warnings (see data/validate-baseline.csv)', expect.stringMatching(/: 0 errors, 0 warnings$/), ''],
    ]);
  });
});

describe('annotation paths', () => {
  const bin = resolve('bin/chiso.cjs');
  const fixture = resolve('test/fixtures/synthetic-valid');
  const annotate = (cwd: string, data: string) =>
    spawnSync(process.execPath, [bin, 'validate', '--data', data, '--format', 'github'], { cwd, encoding: 'utf8' });

  it.skipIf(!existsSync('dist/src/cli/main.js'))(
    'name the file from the repository root, whatever the working directory',
    () => {
      const cwds = [resolve('.'), resolve('test'), join(fixture, 'pci')];
      const files = cwds.map((cwd) => {
        const r = annotate(cwd, relative(cwd, fixture) || '.');
        expect(r.status).toBe(0);
        return /^::warning file=([^,]+),/m.exec(r.stdout)?.[1];
      });
      expect(files).toEqual(Array(3).fill('test/fixtures/synthetic-valid/pci/2016.csv'));
    },
    60_000,
  );

  it.skipIf(!existsSync('dist/src/cli/main.js'))(
    'keep the path as given outside a repository',
    () => {
      const copy = join(tmp, 'outside');
      cpSync(fixture, copy, { recursive: true });
      const r = annotate(tmp, 'outside');
      expect(/^::warning file=([^,]+),/m.exec(r.stdout)?.[1]).toBe('outside/pci/2016.csv');
    },
    30_000,
  );
});
