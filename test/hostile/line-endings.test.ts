import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireDefinitions } from '../../src/load/definitions.js';
import { loadYearTable } from '../../src/load/year-table.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';
import { runCli } from '../helpers/cli.js';
import { unwrapValidate } from '../helpers/validate-text.js';

const defs = requireDefinitions(BUNDLED_DATA_DIR);
const LINE_ENDINGS = 'test/fixtures/hostile-line-endings';
const QUOTES = 'test/fixtures/hostile-malformed-quotes';

/** A data folder (bundled definitions) whose only year file is a copy of `fixture` as pci/2016.csv. */
function folderWith(fixture: string): { data: string; file: string } {
  const data = mkdtempSync(join(tmpdir(), 'chiso-lines-'));
  mkdirSync(join(data, 'pci'));
  copyFileSync(fixture, join(data, 'pci', '2016.csv'));
  return { data, file: join(data, 'pci', '2016.csv') };
}

describe('line endings are decided per line: no row is dropped', () => {
  const read = (name: string) => loadYearTable(join(LINE_ENDINGS, name), name, 'pci', 2016, defs);
  const reference = read('lf.csv');

  it('reads the LF file: three rows, the two-line note kept, lines counted', () => {
    expect(reference.issues).toEqual([]);
    expect(reference.table.rows.map((r) => [r.province, r.line, r.note])).toEqual([
      ['quang-tri', 2, 'ghi chú\nhai dòng'],
      ['da-nang', 4, undefined],
      ['thua-thien-hue', 5, undefined],
    ]);
  });

  for (const name of readdirSync(LINE_ENDINGS).filter((f) => !f.startsWith('bad-cell-') && f !== 'lf.csv')) {
    it(`${name} reads identically, line numbers included`, () => {
      const got = read(name);
      expect(got.issues).toEqual([]);
      expect(got.table.rows).toEqual(reference.table.rows);
    });
  }

  for (const name of readdirSync(LINE_ENDINGS).filter((f) => f.startsWith('bad-cell-'))) {
    it(`${name}: the bad cell after a two-line note is at 4:2`, async () => {
      const { data, file } = folderWith(join(LINE_ENDINGS, name));
      const r = await runCli(['datasets', '--data', data, '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`chiso: pci: "6l.25" is not a number (${file}:4:2)\n`);
    });
  }
});

describe('quotes papaparse cannot make sense of are located errors, not accepted', () => {
  const HINT = '  hint: a field that starts with " must end with " right before the delimiter or the line end; write "" for a quote inside it\n';
  const cases: [string, string, string][] = [
    ['unterminated.csv', 'quoted field is never closed', '3:2'],
    ['text-after-closing-quote.csv', 'text after the closing quote of a quoted field', '3:1'],
    ['unterminated-crlf.csv', 'quoted field is never closed', '4:4'],
  ];
  for (const [name, message, at] of cases) {
    it(`${name}: exit 1, one line at ${at}`, async () => {
      const { data, file } = folderWith(join(QUOTES, name));
      const r = await runCli(['datasets', '--data', data, '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`chiso: ${message} (${file}:${at})\n${HINT}`);
      const v = await runCli(['validate', '--data', data, '--lang', 'en']);
      expect(v.code).toBe(3);
      expect(unwrapValidate(v.stdout).split('\n')[0]).toBe(`${file}:${at}: error: ${message} [unreadable]`);
    });
  }
});
