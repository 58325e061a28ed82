import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../src/load/records.js';
import type { CsvTable } from '../../src/load/parse-csv.js';
import { CELL_MESSAGES } from '../../src/model/cell-messages.js';
import { departmentRow } from '../../src/model/departments.js';
import { indicatorRow } from '../../src/model/indicator-schemas.js';
import * as schemas from '../../src/model/schemas.js';
import { targetRow } from '../../src/model/targets.js';
import { inLang, type Bilingual } from '../../src/model/text.js';
import { runCli } from '../helpers/cli.js';
import { edit, GAPS_DATA, tempCopy } from '../hostile/fixture.js';

const ROW_SCHEMAS = {
  indexRow: schemas.indexRow,
  methodologyRow: schemas.methodologyRow,
  componentRow: schemas.componentRow,
  provinceRow: schemas.provinceRow,
  regionRow: schemas.regionRow,
  sourceRow: schemas.sourceRow,
  groupRow: schemas.groupRow,
  indicatorRow,
  targetRow,
  departmentRow,
};

describe('schema messages are written in both languages', () => {
  it('every message of the table has a Vietnamese text of its own', () => {
    for (const [key, entry] of Object.entries(CELL_MESSAGES)) {
      const m: Bilingual = typeof entry === 'function' ? (entry as (...a: unknown[]) => Bilingual)('"x"', 1990) : entry;
      expect(m.vi, key).not.toBe('');
      expect(m.vi, key).not.toBe(m.en);
    }
  });

  it('every problem a row schema finds reads differently in Vietnamese and in English', () => {
    // Values that break each kind of cell: empty, not a code, negative, zero, out of range, huge, a date, a decimal comma.
    const values = ['', 'X!', '-1', '0', '1.5', '99999999', '9'.repeat(401), 'abc', '2016-02-30', '12345', '65,12', '11'];
    for (const [name, schema] of Object.entries(ROW_SCHEMAS)) {
      const header = schema.keys;
      const table: CsvTable = { file: 'x.csv', delimiter: ',', header, rows: values.map((v, i) => ({ line: i + 2, cells: header.map(() => v) })) };
      const { issues } = readRecords(table, schema);
      expect(issues.length, name).toBeGreaterThan(0);
      for (const issue of issues) expect(inLang(issue.message, 'vi'), `${name} line ${issue.line}`).not.toBe(inLang(issue.message, 'en'));
    }
  });
});

describe('a bad cell is reported in the language asked for', () => {
  /** The first stderr line of a command. */
  async function firstLine(args: string[], lang: 'vi' | 'en'): Promise<string> {
    const r = await runCli([...args, '--lang', lang]);
    expect(r.code).toBe(1);
    return r.stderr.split('\n')[0]!;
  }

  it('a decimal comma in a comma-separated year file', async () => {
    const data = tempCopy(GAPS_DATA);
    const file = join(data, 'pci', '2016.csv');
    edit(file, 'Alpha,47.5', 'Alpha,"65,12"');
    expect(await firstLine(['datasets', '--data', data], 'vi')).toBe(
      `chiso: pci: "65,12" có dấu phẩy thập phân trong tệp phân cách bằng dấu phẩy (${file}:2:2)`,
    );
    expect(await firstLine(['datasets', '--data', data], 'en')).toBe(`chiso: pci: "65,12" has a decimal comma in a comma-separated file (${file}:2:2)`);
  });

  it('an empty lead department in a mapping', async () => {
    const file = 'test/fixtures/synthetic-gaps/mappings/empty-lead.csv';
    const args = ['departments', '--data', GAPS_DATA, '--departments', file];
    expect(await firstLine(args, 'vi')).toBe(`chiso: lead: để trống: mỗi chỉ số thành phần cần một sở chủ trì (${file}:3:3)`);
    expect(await firstLine(args, 'en')).toBe(`chiso: lead: is empty: every component needs a lead department (${file}:3:3)`);
  });

  it('a year out of range in methodology.csv (its message had no Vietnamese)', async () => {
    const data = tempCopy(GAPS_DATA);
    const file = join(data, 'methodology.csv');
    edit(file, 'pci,p2017,2017,2017', 'pci,p2017,2017,99999999');
    expect(await firstLine(['datasets', '--data', data], 'vi')).toBe(`chiso: to_year: không phải là năm từ 1990 đến 2100 (${file}:3:4)`);
    expect(await firstLine(['datasets', '--data', data], 'en')).toBe(`chiso: to_year: is not a year from 1990 to 2100 (${file}:3:4)`);
  });
});
