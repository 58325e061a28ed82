import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * What a user gets from the registry: the packed tarball, installed into an empty folder, runs.
 * Dependencies come from npm's cache (populated by `npm ci`), so the test needs no network there.
 */
describe.skipIf(!existsSync('dist/src/cli/main.js'))('the packed package (after npm run build)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-pack-'));
  let bin = '';

  beforeAll(() => {
    // `npm test` has just built dist/; packing without scripts keeps the build out of the parallel test run.
    execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', dir, '--silent'], { stdio: 'pipe' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    writeFileSync(join(dir, 'package.json'), '{ "name": "pack-test", "private": true }\n');
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', join(dir, tarball)], { cwd: dir, stdio: 'pipe' });
    bin = join(dir, 'node_modules', '.bin', 'chiso');
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const chiso = (...args: string[]) => spawnSync(bin, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('holds the built CLI and the data, not the tests', () => {
    const files = execFileSync(
      'tar',
      [
        '-tzf',
        join(
          dir,
          readdirSync(dir).find((f) => f.endsWith('.tgz'))!,
        ),
      ],
      { encoding: 'utf8' },
    ).split('\n');
    expect(files).toContain('package/dist/src/cli/main.js');
    // The start-up bundle with its code caches, and the data cache of the bundled data (issue #15).
    expect(files).toContain('package/dist/bundle/chiso.cjs');
    expect(files).toContain('package/dist/bundle/report.cache');
    expect(files).toContain('package/dist/bundle/help.cache');
    expect(files).toContain('package/dist/data-cache/manifest.json');
    expect(files).toContain('package/dist/data-cache/data.bin');
    expect(files).toContain('package/data/pci/2016.csv');
    expect(files.filter((f) => f.includes('/test/') || f.endsWith('.test.js'))).toEqual([]);
  });

  it('prints its help', () => {
    const r = chiso('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Cách dùng: chiso');
    expect(chiso('--help', '--lang', 'en').stdout).toContain('Usage: chiso');
  });

  it('runs a command on the bundled data', () => {
    const r = chiso('ranks', '--index', 'pci', '--year', '2016', '--format', 'json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).entries).toHaveLength(63);
  });

  it('fails with its documented exit code', () => {
    const r = chiso('ranks', '--index', 'pcx');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^chiso: không có chỉ số "pcx"/);
  });
});
