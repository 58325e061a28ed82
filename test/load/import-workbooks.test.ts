import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireDefinitions } from '../../src/load/definitions.js';
import { readWorkbook } from '../../src/load/import/read-workbook.js';
import { recognise } from '../../src/load/import/recognise.js';
import type { ImportedTable } from '../../src/load/import/sheet-table.js';
import { openData } from '../../src/load/open-data.js';
import { indicatorSheets } from '../../src/load/import/indicator-sheets.js';
import { requireIndicators } from '../../src/load/indicators.js';
import { indicatorValue } from '../../src/model/indicators.js';

// The owners' workbooks are test inputs only, never committed: ../shared/workbooks next to the repository.
const WORKBOOKS = resolve(import.meta.dirname, '../../../shared/workbooks');
const present = existsSync(WORKBOOKS);
if (!present) console.warn(`skipping the workbook imports: ${WORKBOOKS} is absent`);
const files = present
  ? ['pci', 'papi'].flatMap((d) =>
      readdirSync(join(WORKBOOKS, d))
        .filter((f) => /\.xlsx?$/.test(f))
        .map((f) => join(WORKBOOKS, d, f)),
    )
  : [];
const data = openData('data');
const defs = requireDefinitions('data');
const tablesOf = async (file: string) => recognise(await readWorkbook(file, file), file, defs, {});

/** Bundled values are stored at the owners' published precision (2 decimals from 2017), so compare at the bundled value's own decimals. */
function same(imported: number, bundled: number): boolean {
  const decimals = (String(bundled).split('.')[1] ?? '').length;
  return decimals >= 6 ? Math.abs(imported - bundled) < 1e-6 : Math.abs(imported - bundled) <= 0.5 * 10 ** -decimals + 1e-9;
}

function compare(t: ImportedTable): string[] {
  const table = data.table(t.index, t.year);
  if (!table) return [`no bundled ${t.index} ${t.year}`];
  const faults: string[] = [];
  for (const row of table.rows) {
    const got = t.rows.get(row.province);
    for (const c of t.columns) {
      const want = row.values[c.code];
      if (want === undefined) continue;
      if (got?.[c.code] === undefined) faults.push(`${row.province} ${c.code}: missing`);
      else if (!same(got[c.code]!, want)) faults.push(`${row.province} ${c.code}: ${got[c.code]} ≠ ${want}`);
    }
  }
  const period = defs.periods.find((p) => p.index === t.index && p.fromYear <= t.year && t.year <= p.toYear)!;
  const bundledCodes = period.components.filter((c) => c.kind !== 'alternate' && table.rows.some((r) => r.values[c.code] !== undefined)).map((c) => c.code);
  const missing = bundledCodes.filter((c) => !t.columns.some((x) => x.code === c));
  if (missing.length > 0) faults.push(`columns not recognised: ${missing.join(', ')}`);
  if (t.rows.size !== table.rows.length) faults.push(`${t.rows.size} provinces imported, ${table.rows.length} bundled`);
  return faults;
}

describe.skipIf(!present)('chiso import of the owners’ workbooks', () => {
  for (const file of files) {
    it(`${file.replace(/^.*[\\/]/, '')} reproduces the bundled values of its year for every province and component`, async () => {
      const tables = await tablesOf(file);
      expect(tables.length).toBeGreaterThan(0);
      for (const t of tables) expect({ year: t.year, faults: compare(t) }).toEqual({ year: t.year, faults: [] });
    }, 60_000);
  }

  it('reads what VCCI printed for Quảng Trị in 2023 (transparency 6.09, policy bias 4.65) and a base indicator read by hand', async () => {
    const [t] = await tablesOf(join(WORKBOOKS, 'pci/PCI_2023_data.xlsx'));
    const qt = t!.rows.get('quang-tri')!;
    expect(qt.transparency!.toFixed(2)).toBe('6.09');
    expect(qt.policy_bias!.toFixed(2)).toBe('4.65');
    expect(t!.notes).toEqual(['Yên Bái: identical duplicate row dropped']);
    expect(t!.skipped).toEqual(['Thấp nhất', 'Trung vị', 'Cao nhất']);
  }, 60_000);

  it('PCI_2023_data.xlsx: the 142 base indicators of its sub-index sheets equal the bundled indicator values', async () => {
    const file = join(WORKBOOKS, 'pci/PCI_2023_data.xlsx');
    const level = requireIndicators('data', defs).level('pci', 2023)!;
    const imp = indicatorSheets(await readWorkbook(file, file), file, defs, 2023, level.indicators)!;
    expect(imp.columns).toHaveLength(142);
    const faults: string[] = [];
    for (const province of level.provinces) {
      for (const { code } of level.indicators) {
        const want = indicatorValue(level, province, code);
        if (want === undefined) continue;
        const got = imp.rows.get(province)?.[code];
        if (got === undefined || !same(got, want)) faults.push(`${province} ${code}: ${got} ≠ ${want}`);
      }
    }
    expect(faults).toEqual([]);
  }, 60_000);
});
