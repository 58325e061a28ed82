import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, constants, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neutralise, renderCsv } from '../../src/render/render-csv.js';
import { runCli } from '../helpers/cli.js';
import { edit, GAPS_DATA, tempCopy } from './fixture.js';

const REPORT = ['report', '--data', GAPS_DATA, '--province', 'alpha', '--format', 'md'];
const isRoot = process.getuid?.() === 0;

describe('--output never follows a planted file and fails in one line', () => {
  it('does not write through a symlink planted at the old predictable temp name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-out-'));
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me\n');
    symlinkSync(victim, join(dir, `.r.md.${process.pid}.tmp`));
    const r = await runCli([...REPORT, '--output', join(dir, 'r.md')]);
    expect(r.code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toContain('| ');
    expect(readdirSync(dir).sort()).toEqual([`.r.md.${process.pid}.tmp`, 'r.md', 'victim.txt']);
  });

  it('replaces a symlink at the target itself instead of writing through it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-out-'));
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me\n');
    symlinkSync(victim, join(dir, 'r.md'));
    expect((await runCli([...REPORT, '--output', join(dir, 'r.md')])).code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
  });

  const failures: [string, (dir: string) => string, string, string][] = [
    [
      'under a regular file',
      (dir) => {
        writeFileSync(join(dir, 'file'), '');
        return join(dir, 'file', 'r.md');
      },
      'ENOTDIR',
      'a part of its path is a file, not a folder',
    ],
    ['with a name too long', (dir) => join(dir, 'x'.repeat(300) + '.md'), 'ENAMETOOLONG', 'the file name is too long'],
    [
      'onto a folder',
      (dir) => {
        mkdirSync(join(dir, 'sub'));
        return join(dir, 'sub');
      },
      'EISDIR',
      'it is a folder',
    ],
  ];
  if (!isRoot)
    failures.push([
      'in a read-only folder',
      (dir) => {
        mkdirSync(join(dir, 'ro'));
        chmodSync(join(dir, 'ro'), 0o555);
        return join(dir, 'ro', 'r.md');
      },
      'EACCES',
      'permission denied',
    ]);
  for (const [name, target, code, hint] of failures) {
    it(`${name}: ${code}, exit 1, nothing left behind`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'chiso-out-'));
      const path = target(dir);
      const before = readdirSync(dir).sort();
      const r = await runCli([...REPORT, '--output', path, '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`chiso: cannot write the output file (${code}) (${path})\n  hint: ${hint}\n`);
      expect(readdirSync(dir).sort()).toEqual(before);
    });
  }
});

describe('writing to standard output', () => {
  it.skipIf(!existsSync('dist/src/cli/main.js') || !existsSync('/dev/full'))('> /dev/full: one line, exit 1, no stack trace', async () => {
    for (const [lang, line] of [
      ['vi', 'chiso: không ghi được ra đầu ra chuẩn (ENOSPC)\n'],
      ['en', 'chiso: cannot write to standard output (ENOSPC)\n'],
    ]) {
      const full = openSync('/dev/full', 'w');
      const child = spawn(process.execPath, ['bin/chiso.cjs', 'datasets', '--format', 'json', '--lang', lang!], { stdio: ['ignore', full, 'pipe'] });
      closeSync(full);
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).toBe(line);
      expect(code).toBe(1);
    }
  });
});

describe('a non-blocking pipe that fills up', () => {
  // Node's own children get a blocking stdout (libuv resets it), so python sets the pipe non-blocking
  // before it becomes chiso; the output (345 KB) is read only once the pipe (64 KiB) is full.
  const python = spawnSync('python3', ['-c', '0']).status === 0;
  it.skipIf(!existsSync('dist/src/cli/main.js') || !python)(
    'gets the whole output, in order, exit 0',
    async () => {
      const args = ['bin/chiso.cjs', 'proposals', '--format', 'json'];
      const expected = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 }).stdout;
      const fifo = join(mkdtempSync(join(tmpdir(), 'chiso-fifo-')), 'out');
      execFileSync('mkfifo', [fifo]);
      const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK); // lets the write end open
      const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
      const exec = `import os, sys; os.set_blocking(1, False); os.execv(sys.argv[1], sys.argv[1:])`;
      const child = spawn('python3', ['-c', exec, process.execPath, ...args], { stdio: ['ignore', writer, 'pipe'] });
      closeSync(writer);
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      let got = '';
      const pipe = new Socket({ fd: reader, readable: true, writable: false }).setEncoding('utf8');
      pipe.on('data', (d: string) => (got += d));
      const [code] = await Promise.all([exited, new Promise((resolve) => pipe.on('end', resolve))]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(got.length).toBe(expected.length);
      expect(got === expected).toBe(true);
    },
    20_000,
  );
});

describe('CSV output cannot inject formulas into a spreadsheet', () => {
  it('prefixes cells starting with = + - @ tab or CR, unless a plain number', () => {
    expect(['=1+1', '+cmd', '-2+3+cmd|x', '@SUM(A1)', '\tx', '\rx', '-3.5', '+2', '-2.5%', '1e5', '-', 'Quảng Trị'].map(neutralise)).toEqual([
      "'=1+1",
      "'+cmd",
      "'-2+3+cmd|x",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      '-3.5',
      '+2',
      '-2.5%',
      '1e5',
      "'-",
      'Quảng Trị',
    ]);
    expect(renderCsv([{ kind: 'table', columns: [{ label: '=h' }], rows: [['=HYPERLINK("http://x")']] }])).toBe(`'=h\n"'=HYPERLINK(""http://x"")"\n`);
  });

  it('a hostile province name reaches a CSV export neutralised', async () => {
    const data = tempCopy(GAPS_DATA);
    edit(join(data, 'provinces.csv'), 'alpha,unit,Alpha,Alpha', 'alpha,unit,"=HYPERLINK(""http://evil"",""x"")",Alpha');
    edit(join(data, 'pci', '2016.csv'), 'Alpha,', 'alpha,');
    edit(join(data, 'pci', '2015.csv'), 'Alpha,', 'alpha,');
    const r = await runCli(['ranks', '--data', data, '--index', 'pci', '--year', '2016', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(r.stdout.split('\n').some((l) => /(^|,)"?[=+@]/.test(l))).toBe(false);
  });
});
