import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { loadZod } from '../../src/load/zod.js';
import { departmentRow } from '../../src/model/departments.js';
import { FAIL, type Row } from '../../src/model/fast-cells.js';
import { indicatorRow } from '../../src/model/indicator-schemas.js';
import { componentRow, groupRow, indexRow, methodologyRow, provinceRow, regionRow, sourceRow } from '../../src/model/schemas.js';

// The plain readers must accept exactly what their zod schema accepts, with the same value: a row
// they accept is never shown to zod, so one accepting more would let a bad cell through.

const ROWS: Record<string, Row> = { indexRow, methodologyRow, componentRow, provinceRow, regionRow, sourceRow, groupRow, indicatorRow, departmentRow };

const cell = fc.oneof(
  fc.constantFrom(
    ...['', ' ', '0', '1', '-1', '+3', '1.5', '.5', '5.', '-.0', '1e3', '0x10', 'Infinity', 'NaN', ' 1', '1 ', '9'.repeat(400), '-0'],
    ...['1899', '1900', '1989', '1990', '2100', '2101', '2020.0', '2020.5', '10', '11', '10.0', '0.0', '-0.0'],
    ...['abc', 'a-b_c', 'A', '_a', '-a', '0a', 'a b', 'pci', 'Ấ', 'official', 'reported', 'none', 'Official'],
    ...['weighted-mean', 'sum', 'unknown', 'component', 'sub', 'alternate', 'unit', 'aggregate'],
    ...['percentile', 'share-of-max', 'published', 'higher-better', 'lower-better', 'constructor', 'toString', '__proto__'],
    ...['decision', 'Verified', ' partly verified ', 'partly-verified', 'common practice, unconfirmed', 'UNCONFIRMED'],
    ...['2025', '2025-02-29', '2024-02-29', '2024-13-01', '2024-00-10', '2024-1-01', '999', '20255'],
    ...['a|b', '|', ' | x |', 'Sở Nội vụ | Sở Tư pháp', '||'],
  ),
  fc.integer({ min: -50, max: 3000 }).map(String),
  fc.double().map(String),
  fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', '+', 'e', 'a', 'z', '_', '|', ' ', ','), maxLength: 8 }),
);

/** The value zod makes of a cell, or FAIL. */
function viaZod(schema: z.ZodType, s: string): unknown {
  const r = schema.safeParse(s);
  return r.success ? r.data : FAIL;
}

describe('plain cell readers', () => {
  for (const [name, row] of Object.entries(ROWS)) {
    it(`every field of ${name} has one`, () => expect(row.readers?.length).toBe(row.keys.length));
    for (const [field, c] of Object.entries(row.cells)) {
      it(`${name}.${field} agrees with zod`, () => {
        const read = c.read!;
        const schema = c.zod(loadZod());
        fc.assert(
          fc.property(cell, (s) => {
            expect(read(s)).toStrictEqual(viaZod(schema, s));
          }),
          { numRuns: 400 },
        );
      });
    }
  }

  it('a row of cells the readers accept is the object zod builds, keys in the same order', () => {
    for (const row of Object.values(ROWS)) {
      const { keys } = row;
      const readers = row.readers!;
      const schema = row.zod(loadZod());
      const rows = fc.tuple(...keys.map(() => cell));
      fc.assert(
        fc.property(rows, (cells) => {
          const values = cells.map((c: string, j: number) => readers[j]!(c));
          const parsed = schema.safeParse(Object.fromEntries(keys.map((k, j) => [k, cells[j]])));
          expect(parsed.success).toBe(!values.includes(FAIL));
          if (parsed.success) {
            const built = Object.fromEntries(keys.map((k, j) => [k, values[j]]));
            expect(Object.keys(built)).toEqual(Object.keys(parsed.data));
            expect(built).toStrictEqual(parsed.data);
          }
        }),
        { numRuns: 200 },
      );
    }
  });
});
