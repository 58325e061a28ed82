import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { colorEnabled, pieces, type Io } from '../../src/cli/io.js';
import { runCli } from '../helpers/cli.js';

const io = (env: Record<string, string>, isTTY: boolean): Io => ({ stdout: () => {}, stderr: () => {}, env, isTTY, columns: 80 });
const ESC = '\u001b[';

describe('colour', () => {
  it('is on for a terminal and off for a pipe', () => {
    expect(colorEnabled(io({}, true), true)).toBe(true);
    expect(colorEnabled(io({}, false), true)).toBe(false);
  });

  it('honours --no-color, NO_COLOR (non-empty) and FORCE_COLOR', () => {
    expect(colorEnabled(io({}, true), false)).toBe(false);
    expect(colorEnabled(io({ NO_COLOR: '1' }, true), true)).toBe(false);
    expect(colorEnabled(io({ NO_COLOR: '' }, true), true)).toBe(true);
    expect(colorEnabled(io({ FORCE_COLOR: '1' }, false), true)).toBe(true);
    expect(colorEnabled(io({ FORCE_COLOR: '0' }, true), true)).toBe(false);
    expect(colorEnabled(io({ FORCE_COLOR: '1' }, true), false)).toBe(false);
  });

  it('reaches the output only when enabled', async () => {
    expect((await runCli(['datasets', '--index', 'sipas'], { isTTY: true })).stdout).toContain(ESC);
    expect((await runCli(['datasets', '--index', 'sipas', '--no-color'], { isTTY: true })).stdout).not.toContain(ESC);
    expect((await runCli(['datasets', '--index', 'sipas'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await runCli(['datasets', '--index', 'sipas', '--format', 'json'], { isTTY: true })).stdout).not.toContain(ESC);
  });
});

describe('the installed launcher', () => {
  it.skipIf(!existsSync('dist/src/cli/main.js'))('treats a closed pipe as normal (chiso datasets | head)', async () => {
    const child = spawn(process.execPath, ['bin/chiso.cjs', 'datasets', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader goes away before chiso writes
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('pieces (large stdout text written a piece at a time)', () => {
  it('rejoin to the text, each at most the size, and never end inside a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 2, max: 9 }), (text, size) => {
        const got = [...pieces(text, size)];
        expect(got.join('')).toBe(text);
        got.forEach((p, i) => {
          expect(p.length).toBeLessThanOrEqual(size);
          expect(p.length).toBeGreaterThan(0);
          if (i < got.length - 1) expect(/[\ud800-\udbff]$/.test(p)).toBe(false);
        });
      }),
    );
    expect([...pieces('a😀b', 2)]).toEqual(['a', '😀', 'b']);
  });
});
