import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { requireDefinitions } from '../../src/load/definitions.js';
import { openData } from '../../src/load/open-data.js';
import { tablesOf } from '../../src/model/dataset.js';
import type { YearTable } from '../../src/model/types.js';
import { loadYearTable } from '../../src/load/year-table.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';

const defs = requireDefinitions(BUNDLED_DATA_DIR);
const FIXTURES = 'test/fixtures/synthetic-loader';

/** Rows of a loaded table without their line numbers, which legitimately differ between encodings. */
function values(path: string) {
  const { table, issues } = loadYearTable(path, path, 'pci', 2016, defs);
  expect(issues).toEqual([]);
  return table.rows.map(({ line: _line, ...rest }) => rest);
}

describe('loader quirks (synthetic PCI 2016 rows written as analysts write them)', () => {
  const expected = values(join(FIXTURES, 'plain.csv'));

  it('reads the plain file as written', () => {
    expect(expected.map((r) => [r.province, r.composite, r.rank, r.rankOf])).toEqual([
      ['quang-tri', 50.5, 2, 63],
      ['da-nang', 61.25, 1, 63],
      ['thua-thien-hue', 40, 3, 63],
    ]);
  });

  for (const file of readdirSync(FIXTURES).filter((f) => f !== 'plain.csv')) {
    it(`reads ${file} to the same values`, () => {
      expect(values(join(FIXTURES, file))).toEqual(expected);
    });
  }
});

describe('a bundled year re-saved by other tools loads to exactly the same values', () => {
  const original = readFileSync(join(BUNDLED_DATA_DIR, 'pci', '2016.csv'), 'utf8');
  const parsed = Papa.parse<string[]>(original.trim()).data;
  const dir = mkdtempSync(join(tmpdir(), 'chiso-resaved-'));
  const variants: Record<string, Buffer> = {
    // Excel (Vietnamese locale) "CSV UTF-8": semicolons, decimal commas, BOM, CRLF.
    'semicolon-comma-bom-crlf': Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(parsed.map((r) => r.map((c) => (/^\d+\.\d+$/.test(c) ? c.replace('.', ',') : c)).join(';')).join('\r\n') + '\r\n'),
    ]),
    // Excel "Unicode text": UTF-16 LE with BOM, tab-separated.
    'utf16le-tab': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(parsed.map((r) => r.join('\t')).join('\r\n') + '\r\n', 'utf16le')]),
  };
  const strip = (tables: YearTable[]) => tables.map((t) => ({ ...t, file: '' }));
  const reference = strip(tablesOf(openData(BUNDLED_DATA_DIR, { indices: ['pci'], years: (y) => y === 2016 })));

  for (const [name, bytes] of Object.entries(variants)) {
    it(name, () => {
      const folder = join(dir, name, 'pci');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, '2016.csv'), bytes);
      const copy = strip(tablesOf(openData(join(dir, name))));
      expect(copy).toEqual(reference);
      expect(copy[0]!.rows).toHaveLength(63);
    });
  }
});
