import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';

// The PCI 2023 base indicators (data/indicators.csv, data/indicator-values.csv), read straight
// from disk: the loader does not read them yet.
const csv = (name: string) => Papa.parse<Record<string, string>>(readFileSync(join(BUNDLED_DATA_DIR, name), 'utf8'), { header: true, skipEmptyLines: true }).data;
const defs = csv('indicators.csv');
const values = csv('indicator-values.csv');
const PCI_SUBS = ['entry_costs', 'land_access', 'transparency', 'time_costs', 'informal_charges', 'policy_bias', 'proactivity', 'business_support', 'labor_policy', 'legal_institutions'];

describe('PCI 2023 base indicators', () => {
  it('has 142 indicators under the ten sub-indices, 16 of them for informal charges (en.baodienbienphu.com.vn: "16 evaluation criteria")', () => {
    expect(defs).toHaveLength(142);
    expect(new Set(defs.map((d) => d.code)).size).toBe(142);
    for (const d of defs) expect(PCI_SUBS, d.code).toContain(d.parent);
    expect(defs.filter((d) => d.parent === 'informal_charges')).toHaveLength(16);
  });

  it('gives every indicator a direction with its basis, and a unit', () => {
    for (const d of defs) {
      expect(['higher-better', 'lower-better'], d.code).toContain(d.direction);
      expect(d.direction_basis, d.code).toMatch(/r = -?\d\.\d\d, (agrees|DISAGREES)$/);
      expect(d.unit, d.code).not.toBe('');
    }
    // wording: the share of firms paying informal charges — lower is better
    expect(defs.find((d) => d.name_vi === 'Tỷ lệ doanh nghiệp có chi trả chi phí không chính thức (%)')!.direction).toBe('lower-better');
  });

  it('has one value for each of the 63 provinces and 142 indicators, and nothing else', () => {
    expect(values).toHaveLength(63 * 142);
    const codes = new Set(defs.map((d) => d.code));
    for (const v of values) expect(codes.has(v.code!), v.code).toBe(true);
    expect(new Set(values.map((v) => `${v.province} ${v.code}`)).size).toBe(63 * 142);
    expect(new Set(values.map((v) => v.province)).size).toBe(63);
    for (const v of values) expect(v.value, `${v.province} ${v.code}`).toMatch(/^\d+(\.\d+)?$/);
  });
});
