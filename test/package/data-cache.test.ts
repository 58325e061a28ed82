import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { localToday } from '../../src/cli/io.js';

/** The package layout the bundle runs from (it needs no node_modules), copied so that its data can be edited. */
function copyPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-cache-'));
  for (const part of ['package.json', 'bin', 'data', 'dist/bundle', 'dist/data-cache']) cpSync(part, join(dir, part), { recursive: true });
  return dir;
}

describe.skipIf(!existsSync('dist/data-cache/manifest.json') || !existsSync('dist/bundle/chiso.cjs'))(
  'the data cache of the bundled data (after npm run build)',
  () => {
    const dir = copyPackage();
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'data', 'pci', '2016.csv');
    // The PCI 2016 ranking as the bundle reports it.
    const composite = () => {
      const r = spawnSync(process.execPath, [join(dir, 'bin', 'chiso.cjs'), 'ranks', '--index', 'pci', '--year', '2016', '--format', 'json'], {
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('');
      return (JSON.parse(r.stdout) as { entries: { province: string; score: number }[] }).entries;
    };
    const original = readFileSync(file, 'utf8');
    const row = original.split('\n')[1]!;
    const cells = row.split(',');
    const scoreColumn = original.split('\n')[0]!.split(',').indexOf('pci');
    const edited = cells[scoreColumn]!.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    const editedRow = cells.map((c, i) => (i === scoreColumn ? edited : c)).join(',');
    const before = composite();

    it('is used while a file keeps its size and mtime (the rule: size and mtime equal means unchanged)', () => {
      writeFileSync(file, original.replace(row, editedRow));
      // As if the cache had been built from this file with its old bytes: same size, same mtime.
      const manifestFile = join(dir, 'dist', 'data-cache', 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: { path: string; mtimeMs: number; size: number }[] };
      const entry = manifest.files.find((f) => f.path === 'pci/2016.csv')!;
      expect(entry.size).toBe(statSync(file).size);
      entry.mtimeMs = statSync(file).mtimeMs;
      writeFileSync(manifestFile, JSON.stringify(manifest));
      expect(composite()).toEqual(before);
    });

    it('is never used once a bundled CSV changed: the next call shows the edited value', () => {
      writeFileSync(file, original.replace(row, editedRow));
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      const after = composite();
      expect(after).not.toEqual(before);
      expect(after.some((e) => String(e.score) === String(Number(edited)))).toBe(true);
    });

    it('is used again for a file touched but unchanged (its hash matches)', () => {
      writeFileSync(file, original);
      utimesSync(file, new Date(), new Date(Date.now() + 9000));
      expect(composite()).toEqual(before);
    });
  },
);

describe.skipIf(!existsSync('dist/src/cli/main.js'))('the process exits only once stdout has drained', () => {
  it('pipes an output over 64 KiB whole', async () => {
    let out = '';
    await run(['proposals', '--format', 'md'], {
      stdout: (t) => void (out += t),
      stderr: () => undefined,
      env: {},
      isTTY: false,
      columns: 100,
      today: localToday(),
    });
    expect(Buffer.byteLength(out)).toBeGreaterThan(64 * 1024);
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" bin/chiso.cjs proposals --format md | wc -c`], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(Number(piped.stdout.trim())).toBe(Buffer.byteLength(out));
  });
});
