import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNumberCell } from '../../src/load/cells.js';
import { decodeBytes } from '../../src/load/decode.js';
import { parseCsv } from '../../src/load/parse-csv.js';
import { runCli } from '../helpers/cli.js';

const RANKS = 'test/fixtures/synthetic-ranks';
const GAPS = 'test/fixtures/synthetic-gaps';
const REPORT = ['--data', 'test/fixtures/synthetic-report', '--province', 'Ấn Phú'];

/** CSV of every command on synthetic fixtures (made-up values): the golden is the data contract. */
const GOLDENS: Record<string, string[]> = {
  ranks: ['ranks', '--data', RANKS, '--index', 'syn', '--year', '2020'],
  trend: ['trend', '--data', RANKS, '--province', 'an phu'],
  changes: ['changes', '--data', RANKS, '--index', 'syn', '--from', '2022', '--to', '2024'],
  gaps: ['gaps', '--data', `${GAPS}/data`, '--province', 'alpha', '--year', '2016', '--benchmark', 'region'],
  departments: ['departments', '--data', `${GAPS}/data`],
  weakest: ['weakest', ...REPORT, '--year', '2023'],
  'report-standings': ['report', ...REPORT],
  'report-history': ['report', ...REPORT, '--table', 'history'],
  'report-weakest': ['report', ...REPORT, '--table', 'weakest'],
  proposals: ['proposals', ...REPORT, '--as-of', '2026-12-01'],
  datasets: ['datasets', '--data', RANKS],
};

const tmp = mkdtempSync(join(tmpdir(), 'chiso-data-output-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The synthetic mapping with one lead renamed to a formula, as a user's own mapping could hold. */
function hostileMapping(): string {
  const file = join(tmp, 'departments.csv');
  const text = readFileSync('test/fixtures/synthetic-report/departments.csv', 'utf8');
  writeFileSync(file, text.replaceAll('Sở Kế hoạch', '"=HYPERLINK(""http://x"",""Sở X"")"'));
  return file;
}

describe('CSV and xlsx drawn from the result', () => {
  for (const [name, args] of Object.entries(GOLDENS)) {
    it(`${name}: header of snake_case codes, unique, whatever --lang (golden)`, async () => {
      const r = await runCli([...args, '--format', 'csv']);
      expect(r.stderr).toBe('');
      await expect(r.stdout).toMatchFileSnapshot(`../golden/data-${name}-synthetic.csv`);
      const header = r.stdout.split('\n')[0]!.split(',');
      for (const code of header) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(new Set(header).size).toBe(header.length);
      expect((await runCli([...args, '--format', 'csv', '--lang', 'en'])).stdout.split('\n')[0]).toBe(r.stdout.split('\n')[0]);
    });
  }

  it('--headers labels gives the localised labels', async () => {
    const r = await runCli([...GOLDENS.ranks!, '--format', 'csv', '--headers', 'labels']);
    expect(r.stdout.split('\n')[0]).toContain('Hạng,Trên số tỉnh');
  });

  it('--table names an unknown table: a usage error listing the tables', async () => {
    const r = await runCli(['report', ...REPORT, '--format', 'csv', '--table', 'nope', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tables: standings, history, weakest, indicators');
  });

  it('neutralises a department named as a formula, in CSV and in xlsx', async () => {
    const args = ['proposals', ...REPORT, '--as-of', '2022-12-31', '--departments', hostileMapping()];
    const csv = await runCli([...args, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain(`"'=HYPERLINK(""http://x"",""Sở X"")"`);
    expect(csv.stdout).not.toMatch(/(^|[,\n])"?=HYPERLINK/);
    const wb = XLSX.read((await runCli([...args, '--format', 'xlsx'])).bytes, { type: 'buffer' });
    const cells = wb.SheetNames.flatMap((n) => Object.entries(wb.Sheets[n]!).filter(([k]) => !k.startsWith('!')));
    const texts = cells.map(([, c]) => (c as XLSX.CellObject).v).filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.startsWith(`'=HYPERLINK`))).toBe(true);
    expect(texts.some((t) => t.startsWith('=HYPERLINK'))).toBe(false);
    expect(cells.some(([, c]) => (c as XLSX.CellObject).f !== undefined)).toBe(false);
  });

  it('--excel: BOM, ";", decimal comma, CRLF, and it reads back through the loader to the JSON numbers', async () => {
    const r = await runCli([...GOLDENS.gaps!, '--format', 'csv', '--excel']);
    expect([...r.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(r.stdout).toContain('\r\n');
    const decoded = decodeBytes(r.bytes, 'gaps.csv');
    expect(decoded.encoding).toBe('utf-8-bom');
    const table = parseCsv(decoded.text, 'gaps.csv');
    expect(table.delimiter).toBe(';');
    const json = JSON.parse((await runCli([...GOLDENS.gaps!, '--format', 'json'])).stdout) as {
      components: { code: string; score: number; gap: number | null }[];
    };
    const at = (h: string) => table.header.indexOf(h);
    for (const c of json.components) {
      const row = table.rows.find((x) => x.cells[at('component')] === c.code)!;
      expect(parseNumberCell(row.cells[at('score')]!, true)).toBe(c.score);
      expect(parseNumberCell(row.cells[at('gap')]!, true)).toBe(c.gap ?? undefined);
    }
    expect(table.rows.some((x) => x.cells[at('score')]!.includes(','))).toBe(true);
  });

  it('xlsx: numbers are numbers, the rank column sorts numerically, the header is frozen and bold, a notes sheet', async () => {
    const r = await runCli([...GOLDENS.ranks!, '--format', 'xlsx']);
    expect(r.code).toBe(0);
    const wb = XLSX.read(r.bytes, { type: 'buffer', bookFiles: true });
    expect(wb.SheetNames).toEqual(['ranks', 'ghi_chu']);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.ranks!, { raw: true });
    const json = JSON.parse((await runCli([...GOLDENS.ranks!, '--format', 'json'])).stdout) as {
      entries: { province: string; rank: { rank: number; of: number } | null }[];
    };
    expect(rows.map((x) => x.province_code)).toEqual(json.entries.map((e) => e.province));
    const ranked = rows.filter((x) => x.rank !== undefined);
    for (const x of ranked) expect(typeof x.rank === 'number' && typeof x.rank_of === 'number' && typeof x.score === 'number').toBe(true);
    const sorted = [...ranked].sort((a, b) => (a.rank as number) - (b.rank as number));
    expect(sorted.map((x) => x.rank)).toEqual(json.entries.flatMap((e) => (e.rank ? [e.rank.rank] : [])));
    const ws = wb.Sheets.ranks!;
    const rankCol = Object.keys(ws)
      .find((k) => (ws[k] as XLSX.CellObject).v === 'rank')!
      .replace(/\d+$/, '');
    expect((ws[`${rankCol}2`] as XLSX.CellObject).t).toBe('n');
    const files = (wb as unknown as { files: Record<string, { content: Uint8Array }> }).files;
    const xml = Buffer.from(files['xl/worksheets/sheet1.xml']!.content).toString('utf8');
    expect(xml).toMatch(/<pane ySplit="1"[^>]*state="frozen"/);
    expect(xml).toContain('<cols>');
    expect(Buffer.from(files['xl/styles.xml']!.content).toString('utf8')).toContain('<b/>');
    const notes = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.ghi_chu!, { header: 1 });
    expect(notes[0]).toEqual(['Lệnh', `chiso ${GOLDENS.ranks!.join(' ')} --format xlsx`]);
    expect(notes.some((n) => n[0] === 'Nguồn')).toBe(true);
  });

  it('refuses to write xlsx to a terminal, and writes it with --output', async () => {
    expect((await runCli([...GOLDENS.ranks!, '--format', 'xlsx'], { isTTY: true })).code).toBe(2);
    const file = join(tmp, 'r.xlsx');
    const r = await runCli([...GOLDENS.ranks!, '--format', 'xlsx', '--output', file]);
    expect(r.code).toBe(0);
    expect(XLSX.read(readFileSync(file), { type: 'buffer' }).SheetNames[0]).toBe('ranks');
  });
});
