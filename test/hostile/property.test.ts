import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { GAPS_DATA, RAW_CONTROL, tempCopy } from './fixture.js';

const data = tempCopy(GAPS_DATA, 'chiso-property-');
const yearFile = join(data, 'pci', '2016.csv');

/** What any run must look like, whatever the year file holds. */
function expectWellBehaved(r: { code: number; stdout: string; stderr: string }): void {
  expect([0, 1, 2, 3]).toContain(r.code);
  const lines = r.stderr === '' ? [] : r.stderr.replace(/\n$/, '').split('\n');
  expect(lines.length).toBeLessThanOrEqual(2);
  for (const l of lines) expect(l.startsWith('chiso: ') || /^ {2}(hint|gợi ý): /.test(l)).toBe(true);
  expect(r.stderr).not.toMatch(/internal error|lỗi nội bộ/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).not.toMatch(RAW_CONTROL);
  expect(r.stderr).not.toMatch(RAW_CONTROL);
}

async function runOn(bytes: Uint8Array): Promise<void> {
  writeFileSync(yearFile, bytes);
  for (const args of [['ranks', '--index', 'pci', '--year', '2016'], ['validate']]) {
    expectWellBehaved(await runCli([...args, '--data', data]));
  }
}

const hostileText = fc.string({
  unit: fc.constantFrom('a', 'Ấ', '"', ',', ';', '\t', '\r', '\n', '\u001b', '\u0007', '\u009b', '\u0000', '=', '-', '9', '.', ' ', '\ud800', '😀'),
  maxLength: 12,
});
const cell = fc.oneof(
  fc.constantFrom('Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'synthetic', '', 'n/a', '-', '65,12', '1e400', '9'.repeat(401)),
  fc.double().map(String),
  fc.integer({ min: -5, max: 120 }).map(String),
  hostileText,
);
const header = fc
  .shuffledSubarray(['province', 'pci', 'land', 'skills', 'courts', 'source', 'note', 'rank', 'rank_of', 'PCI', 'Tỉnh'], { minLength: 1 })
  .chain((h) => fc.tuple(fc.constant(h), fc.array(hostileText, { maxLength: 2 })).map(([a, b]) => [...a, ...b]));
const quoteCell = (c: string) => (/[",;\t\r\n]/.test(c) || c.startsWith(' ') ? `"${c.replace(/"/g, '""')}"` : c);
const csvFile = fc
  .record({
    header,
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 8 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    quoteAll: fc.boolean(),
    encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le'),
  })
  .map(({ header, rows, delimiter, newline, quoteAll, encoding }) => {
    const line = (cells: string[]) => cells.map((c) => (quoteAll ? quoteCell(c) : c)).join(delimiter);
    const text = [line(header), ...rows.map(line)].join(newline) + newline;
    if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    return Buffer.concat([Buffer.from(encoding === 'utf-8-bom' ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text)]);
  });

describe('any year file: exit 0-3, at most two stderr lines, no stack trace, no raw control character', () => {
  it('random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), runOn), { numRuns: 60 });
  }, 60_000);

  it('random CSV structures', async () => {
    await fc.assert(fc.asyncProperty(csvFile, runOn), { numRuns: 60 });
  }, 60_000);
});
