import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** One whole process of bin/chiso.cjs: the bundle (and its data cache), or the plain tsc build. */
function chiso(args: string[], bundle: boolean, columns?: number) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'Asia/Ho_Chi_Minh' };
  if (columns !== undefined) env.COLUMNS = String(columns);
  if (!bundle) env.CHISO_NO_BUNDLE = '1';
  const r = spawnSync(process.execPath, ['bin/chiso.cjs', ...args], { env, maxBuffer: 1 << 26 });
  return { status: r.status, stdout: r.stdout.toString('hex'), stderr: r.stderr.toString('utf8') };
}

// Every command and format whose bytes the bundle and its data cache must not change.
const CASES: string[][] = [
  [],
  ['report', '--format', 'md', '--lang', 'en'],
  ['report', '--format', 'json', '--province', 'Đà Nẵng'],
  // Not the report the build computed ahead (src/commands/report/ahead.ts): a departments file given.
  ['--departments', 'data/departments.csv', '--format', 'json'],
  ['proposals', '--format', 'md'],
  ['proposals', '--format', 'json'],
  ['ranks', '--index', 'pci', '--year', '2016'],
  ['ranks', '--format', 'json'],
  ['ranks', '--index', 'papi', '--format', 'csv'],
  ['changes', '--index', 'par-index', '--format', 'json'],
  ['changes', '--index', 'pci', '--format', 'md'],
  ['trend', '--format', 'csv'],
  // Long terminal tables: cli-table3's option merge and gap search, rewritten in the bundle (scripts/bundle.mjs).
  ['trend'],
  ['trend', '--index', 'pci', '--lang', 'en', '--province', 'Huế'],
  // Charts: vega, a format library the bundle imports from node_modules on first use.
  ['trend', '--format', 'html'],
  ['trend', '--format', 'md', '--lang', 'en'],
  ['gaps', '--format', 'json'],
  ['gaps', '--index', 'sipas'],
  ['weakest', '--format', 'md'],
  ['departments', '--format', 'csv'],
  ['departments'],
  ['datasets'],
  ['datasets', '--format', 'json'],
  ['validate'],
  ['validate', '--format', 'json'],
  ['validate', '--format', 'github'],
  ['ranks', '--index', 'pcx'],
  // A data folder given: the whole CLI, not the command's own bundle (bin/load-bundle.cjs).
  ['ranks', '--data', 'data', '--index', 'sipas', '--format', 'json'],
  // Help has a bundle of its own; a call with a help word that is no help ("help" as the province)
  // is handed over to the whole bundle.
  ['--help'],
  ['ranks', '--help', '--lang', 'en'],
  ['help', 'gaps'],
  ['--version'],
  ['trend', 'help'],
  ['ranks', '--year', '-h'],
];
// The calls above that fail, by design.
const FAILING = ['ranks --index pcx', 'trend help', 'ranks --year -h'];

describe.skipIf(!existsSync('dist/bundle/chiso.cjs') || !existsSync('dist/src/cli/main.js'))('the bundle and its data cache (after npm run build)', () => {
  it.each(CASES.map((args) => [args.join(' ') || '(default report)', args]))('print the same bytes as the plain build: %s', (_name, args) => {
    const bundled = chiso(args as string[], true);
    expect(bundled).toEqual(chiso(args as string[], false));
    expect(bundled.status === 0).toBe(!FAILING.includes((args as string[]).join(' ')));
  });

  // Narrow: columns that do not fit go under each row, in a cell spanning the row (cli-table3's colSpan).
  it.each([['trend'], ['gaps', '--index', 'pci']])('print the same bytes as the plain build in 60 columns: %s', (...args) => {
    expect(chiso(args, true, 60)).toEqual(chiso(args, false, 60));
  });
});
