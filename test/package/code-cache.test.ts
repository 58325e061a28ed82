import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const KINDS = ['help', 'data'] as const;

/** Whether V8 took the code cache of `kind` for the bundle in `root`, in a fresh process as a call would. */
function rejected(root: string, kind: string): boolean {
  const loader = join(root, 'bin', 'load-bundle.cjs');
  const probe = `console.log(require(${JSON.stringify(loader)}).loadBundle(${JSON.stringify(kind)}).script.cachedDataRejected);`;
  const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as boolean;
}

const ranks = (root: string) =>
  spawnSync(process.execPath, [join(root, 'bin', 'chiso.cjs'), 'ranks', '--index', 'papi', '--format', 'json'], { encoding: 'utf8' });

describe.skipIf(!existsSync('dist/bundle/chiso.cjs'))('the code caches of the bundle (after npm run build)', () => {
  it.each(KINDS)('are accepted by the Node that built them: %s', (kind) => {
    expect(rejected(resolve('.'), kind)).toBe(false);
  });

  it('when damaged are rejected by V8, and the output stays the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-code-cache-'));
    try {
      for (const part of ['package.json', 'bin', 'data', 'dist/bundle', 'dist/data-cache']) cpSync(part, join(dir, part), { recursive: true });
      symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
      for (const kind of KINDS) writeFileSync(join(dir, 'dist', 'bundle', `${kind}.cache`), Buffer.alloc(4096, 7));
      expect(rejected(dir, 'data')).toBe(true);
      const damaged = ranks(dir);
      const original = ranks('.');
      expect(damaged.status).toBe(0);
      expect(damaged.stdout).toBe(original.stdout);
      expect(damaged.stderr).toBe(original.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
