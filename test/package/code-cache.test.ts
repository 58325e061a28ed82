import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every code cache the build wrote (one per kind of call: help, report, ranks, validate, …).
const KINDS = existsSync('dist/bundle') ? readdirSync('dist/bundle').flatMap((f) => (f.endsWith('.cache') ? [f.slice(0, -'.cache'.length)] : [])) : [];

/** Whether V8 took the code cache of `kind` for the bundle in `root`, in a fresh process as a call would. */
function rejected(root: string, kind: string): boolean {
  const loader = join(root, 'bin', 'load-bundle.cjs');
  const probe = `const b = require(${JSON.stringify(loader)}); console.log(b.loadBundle(b.readCache(${JSON.stringify(kind)}), ${JSON.stringify(kind)}).script.cachedDataRejected);`;
  const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as boolean;
}

/** A copy of the built package in a new folder named from `prefix` (node_modules linked). */
function copy(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const part of ['package.json', 'bin', 'data', 'dist/bundle', 'dist/data-cache']) cpSync(part, join(dir, part), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  return dir;
}

const ranks = (root: string) =>
  spawnSync(process.execPath, [join(root, 'bin', 'chiso.cjs'), 'ranks', '--index', 'papi', '--format', 'json'], { encoding: 'utf8' });

describe.skipIf(!existsSync('dist/bundle/chiso.cjs'))('the code caches of the bundle (after npm run build)', () => {
  it('cover the help, the report and the commands scripts loop over', () => {
    expect(KINDS).toEqual(expect.arrayContaining(['help', 'report', 'ranks', 'validate']));
  });

  it.each(KINDS)('are accepted by the Node that built them: %s', (kind) => {
    expect(rejected(resolve('.'), kind)).toBe(false);
  });

  it('when damaged are rejected by V8, and the output stays the same', () => {
    const dir = copy('chiso-code-cache-');
    try {
      for (const kind of KINDS) writeFileSync(join(dir, 'dist', 'bundle', `${kind}.cache`), Buffer.alloc(4096, 7));
      expect(rejected(dir, 'ranks')).toBe(true);
      const damaged = ranks(dir);
      const original = ranks('.');
      expect(damaged.status).toBe(0);
      expect(damaged.stdout).toBe(original.stdout);
      expect(damaged.stderr).toBe(original.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('run from a folder whose path a URL escapes (the bundle is given its file: URL), with the same output', () => {
    const dir = copy('chiso a#b%20c-');
    try {
      expect(rejected(dir, 'ranks')).toBe(false);
      const moved = ranks(dir);
      expect(moved.status).toBe(0);
      expect(moved.stdout).toBe(ranks('.').stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
