import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireDefinitions } from '../src/load/definitions.js';
import { BUNDLED_DATA_DIR } from '../src/load/paths.js';
import { periodFor } from '../src/model/definitions.js';
import { runCli } from './helpers/cli.js';

/**
 * The golden policy: goldens rest on synthetic fixtures, or on the bundled data with an explicit
 * year (or index-year range), so that a routine data update — a new year file — changes none.
 * Each golden on the bundled data is listed here with its command line and re-run on a copy of
 * the bundled data that has one more valid year file.
 */
const BUNDLED_GOLDENS: Record<string, string[]> = {
  'changes-pci-2021-2022-quang-tri.txt': ['changes', '--index', 'pci', '--from', '2021', '--to', '2022', '--province', 'Quảng Trị'],
  'changes-pci-2021-2022-quang-tri.json': ['changes', '--index', 'pci', '--from', '2021', '--to', '2022', '--province', 'Quảng Trị', '--format', 'json'],
  'changes-pci-2021-2022.txt': ['changes', '--from', '2021', '--to', '2022'],
  'changes-papi-2017-2018-en.md': ['changes', '--index', 'papi', '--from', '2017', '--to', '2018', '--lang', 'en', '--format', 'md'],
  'departments-all.csv': ['departments', '--format', 'csv'],
  'departments-khdt-2022.json': ['departments', '--department', 'Sở KH&ĐT', '--year', '2022', '--as-of', '2022-12-31', '--format', 'json'],
  'departments-khdt-2025-en.txt': ['departments', '--department', 'Sở KH&ĐT', '--year', '2025', '--as-of', '2025-07-01', '--lang', 'en'],
  'gaps-pci-2016-da-nang.json': ['gaps', '--province', 'Quảng Trị', '--index', 'pci', '--year', '2016', '--benchmark', 'province:Đà Nẵng', '--format', 'json'],
  'gaps-pci-2022-en.txt': ['gaps', '--year', '2022', '--lang', 'en'],
  'proposals-tu-phap.md': ['proposals', '--year', '2023', '--as-of', '2026-12-01', '--department', 'Sở Tư pháp'],
  'ranks-pci-2019.json': ['ranks', '--index', 'pci', '--year', '2019', '--bottom', '16', '--format', 'json'],
  'ranks-par-index-2023-en.txt': ['ranks', '--index', 'par', '--year', '2023', '--lang', 'en'],
  'report-quang-tri.md': ['report', '--year', '2023', '--format', 'md'],
  'trend-quang-tri.json': ['trend', '--province', 'Quảng Trị', '--to', '2024', '--format', 'json'],
  'weakest-all-2023.txt': ['weakest', '--year', '2023', '--index', 'all', '-n', '5', '--by', 'rank'],
  'weakest-2023-en.md': ['weakest', '--year', '2023', '--lang', 'en', '--format', 'md'],
  'weakest-papi-2024.json': ['weakest', '--province', 'Quảng Trị', '--index', 'papi', '--year', '2024', '--format', 'json'],
  'weakest-pci-2016-weighted.csv': ['weakest', '--index', 'pci', '--year', '2016', '--by', 'weighted-gap', '-n', '4', '--format', 'csv'],
};

/** Goldens that are not command output on the bundled data (help texts) or that run on synthetic fixtures (their name says so). */
const isSynthetic = (file: string) => file.includes('synthetic') || file.startsWith('help');

describe('goldens on the bundled data survive a new year file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-golden-'));
  const data = join(dir, 'data');

  beforeAll(() => {
    cpSync(BUNDLED_DATA_DIR, data, { recursive: true });
    // The next SIPAS year: the 2024 scores of the units that keep their name in 2025, without ranks or factors.
    const defs = requireDefinitions(BUNDLED_DATA_DIR);
    const year = Math.max(...readdirSync(join(data, 'sipas')).map((f) => Number(f.slice(0, 4)))) + 1;
    const parsed = Papa.parse<Record<string, string>>(readFileSync(join(data, 'sipas', `${year - 1}.csv`), 'utf8'), { header: true, skipEmptyLines: true });
    const rows = parsed.data
      .filter((r) => defs.provinces.resolve(r.province!, year)?.kind === 'unit' && r.sipas)
      .map((r) => ({ province: r.province, sipas: r.sipas, source: r.source }));
    writeFileSync(join(data, 'sipas', `${year}.csv`), Papa.unparse(rows) + '\n');
    if (!periodFor(defs, 'sipas', year)) {
      const path = join(data, 'methodology.csv');
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace(/^(sipas,\d+,\d+,)(\d+)(,)/gm, (line, a: string, to: string, c: string) =>
          Number(to) === year - 1 ? `${a}${year}${c}` : line,
        ),
      );
    }
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the added year is valid', async () => {
    const r = await runCli(['validate', '--data', data]);
    expect(r.stdout).not.toMatch(/: error: /);
    expect(r.code).toBe(0);
  });

  it('lists every golden on the bundled data', () => {
    const goldens = readdirSync('test/golden').filter((f) => !isSynthetic(f));
    const listed = new Set(Object.keys(BUNDLED_GOLDENS).map((f) => f.replace(/\.\w+$/, '')));
    expect(goldens.filter((f) => !listed.has(f.replace(/\.\w+$/, '')))).toEqual([]);
  });

  for (const [file, args] of Object.entries(BUNDLED_GOLDENS)) {
    it(`${file}: ${args.join(' ')}`, async () => {
      const r = await runCli(['--data', data, ...args]);
      expect(r.stderr).toBe('');
      // File names in the output name the copy, and a longer name may move a line break or widen a
      // border; everything else (every word and number) must be the golden's.
      const words = (text: string) => text.replace(/─+/g, '─').replace(/\s+/g, ' ');
      expect(words(r.stdout.replaceAll(`${dir}/`, ''))).toBe(words(readFileSync(join('test/golden', file), 'utf8')));
    });
  }
});
