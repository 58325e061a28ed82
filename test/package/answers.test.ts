import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Answer, AnswerIndex } from '../../src/cli/answers.js';
import { localToday } from '../../src/cli/io.js';

// The answers the build computed ahead (src/cli/answers.ts, scripts/answers.mjs), written back by
// bin/chiso.cjs without loading the CLI: the same bytes as the plain build computes, and never one
// that no longer holds.
const INDEX = 'dist/bundle/answers/index.json';
const BIN = resolve('bin/chiso.cjs');

/** A whole process of bin/chiso.cjs in `cwd`, as a script calls it: stdout a pipe, only PATH and TZ set (and `env`). */
function chiso(args: string[], cwd: string, env: Record<string, string> = {}, bin = BIN) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env: { PATH: process.env.PATH ?? '', TZ: 'Asia/Ho_Chi_Minh', ...env }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

type StoredAnswer = (index: AnswerIndex, argv: string[], env: Record<string, string | undefined>, today: () => string) => Answer | undefined;

describe.skipIf(!existsSync(INDEX))('the answers computed ahead (after npm run build)', () => {
  const { storedAnswer } = createRequire(import.meta.url)('../../dist/bundle/answers.cjs') as { storedAnswer: StoredAnswer };
  const index = JSON.parse(readFileSync(INDEX, 'utf8')) as AnswerIndex;
  const today = localToday();
  const away = mkdtempSync(join(tmpdir(), 'chiso-away-'));
  afterAll(() => rmSync(away, { recursive: true, force: true }));

  // The start-up benchmark's calls (scripts/bench.mjs) and some others, from the package and from outside it.
  it.each([
    [[], '.'],
    [['ranks', '--format', 'json'], '.'],
    [['validate'], '.'],
    [['--help'], '.'],
    [['validate', '--format', 'json', '--lang', 'en'], '.'],
    [['gaps'], '.'],
    [['--version'], '.'],
    [[], away],
    [['validate'], away],
    [['--help', '--lang', 'en'], away],
  ])('are stored for %j (from %s) and print what the plain build computes', (argv, cwd) => {
    // From the package the data folder shows as `data`, from elsewhere by its absolute path; a help's holds anywhere.
    if (cwd === '.') expect(storedAnswer(index, argv, {}, () => today)).toBeDefined();
    else expect([resolve('data'), ''].some((place) => index.answers[JSON.stringify(argv)]?.[place] !== undefined)).toBe(true);
    expect(chiso(argv, cwd)).toEqual(chiso(argv, cwd, { CHISO_NO_BUNDLE: '1' }));
  });

  it('hold only with no variable set that the calls read', () => {
    expect(index.env).toEqual(expect.arrayContaining(['CHISO_DATA', 'CHISO_LANG', 'CHISO_PROVINCE', 'COLUMNS', 'FORCE_COLOR', 'NO_COLOR']));
    for (const name of index.env)
      expect(
        storedAnswer(index, ['ranks', '--format', 'json'], { [name]: '' }, () => today),
        name,
      ).toBeUndefined();
  });

  it('hold for the days with the build day’s department assignments; a help on any day', () => {
    expect(index.from).not.toBeNull(); // the bundled assignments change on 2025-01-01 (the reorganisation)
    const before = '2024-12-31';
    expect(before < index.from!).toBe(true);
    expect(storedAnswer(index, [], {}, () => before)).toBeUndefined();
    expect(storedAnswer(index, ['--help'], {}, () => before)).toBeDefined();
    expect(storedAnswer(index, ['ranks', '--index', 'papi'], {}, () => today)).toBeUndefined();
  });

  describe('in a copy of the package whose data is edited', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-answers-'));
    for (const part of ['package.json', 'bin', 'data', 'dist/bundle', 'dist/data-cache']) cpSync(part, join(dir, part), { recursive: true });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const bin = join(dir, 'bin', 'chiso.cjs');
    // Each stored answer replaced by a marker, to tell a written-back answer from a computed one.
    const copied = JSON.parse(readFileSync(join(dir, INDEX), 'utf8')) as AnswerIndex;
    const mark = (argv: string[], place: string) => {
      const file = join(dir, 'dist/bundle/answers', copied.answers[JSON.stringify(argv)]![place]!);
      const answer = JSON.parse(readFileSync(file, 'utf8')) as Answer;
      writeFileSync(file, JSON.stringify({ ...answer, writes: [[1, 'stored\n']] }));
    };
    mark(['ranks', '--format', 'json'], 'data');
    mark(['--help'], '');

    it('write a stored answer back while the data is unchanged, and compute the call when a variable is set', () => {
      expect(chiso(['ranks', '--format', 'json'], dir, {}, bin).stdout).toBe('stored\n');
      expect(chiso(['ranks', '--format', 'json'], dir, { COLUMNS: '80' }, bin).stdout).toMatch(/^\{/);
    });

    it('compute the call once a bundled CSV changed; a help is still written back', () => {
      const file = join(dir, 'data', 'departments.csv');
      writeFileSync(file, readFileSync(file, 'utf8') + '\n');
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      const r = chiso(['ranks', '--format', 'json'], dir, {}, bin);
      expect(r.stdout).toMatch(/^\{/);
      expect(r.stdout).toBe(chiso(['ranks', '--format', 'json'], dir, { COLUMNS: '80' }, bin).stdout);
      expect(chiso(['--help'], dir, {}, bin).stdout).toBe('stored\n');
    });
  });
});
