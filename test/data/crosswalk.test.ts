import { describe, expect, it } from 'vitest';
import { requireDefinitions } from '../../src/load/definitions.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';
import { membersOf } from '../../src/analysis/merger.js';

// Nghị quyết 202/2025/QH15 (DOMAIN §4.2): 34 units from 1 July 2025, 23 merged from 52 former provinces, 11 unchanged.
describe('the 2025 crosswalk in data/provinces.csv', () => {
  const defs = requireDefinitions(BUNDLED_DATA_DIR);
  const units2025 = defs.provinces.unitsIn(2025);
  const units2024 = defs.provinces.unitsIn(2024);

  it('has 34 units in 2025 and 63 in 2024', () => {
    expect(units2025).toHaveLength(34);
    expect(units2024).toHaveLength(63);
  });

  it('forms 23 merged units from 52 former provinces and keeps 11 unchanged', () => {
    const merged = units2025.filter((u) => membersOf(defs.provinces.all, u.code).length > 0);
    expect(merged).toHaveLength(23);
    expect(merged.flatMap((u) => membersOf(defs.provinces.all, u.code))).toHaveLength(52);
    expect(merged.every((u) => membersOf(defs.provinces.all, u.code).length >= 2)).toBe(true);
    const unchanged = units2025.filter((u) => units2024.includes(u));
    expect(unchanged.map((u) => u.nameVi).sort()).toEqual(['Cao Bằng', 'Điện Biên', 'Hà Nội', 'Hà Tĩnh', 'Lai Châu', 'Lạng Sơn', 'Nghệ An', 'Quảng Ninh', 'Sơn La', 'Thanh Hóa', 'Thừa Thiên Huế'].sort());
    // every former province ends in 2024 with a successor that exists in 2025
    for (const p of units2024.filter((u) => !unchanged.includes(u))) expect(units2025.map((u) => u.code)).toContain(p.successor);
  });

  it('makes the new Quảng Trị of Quảng Bình and Quảng Trị', () => {
    expect(membersOf(defs.provinces.all, 'quang-tri-2025').map((p) => p.nameVi).sort()).toEqual(['Quảng Bình', 'Quảng Trị']);
  });
});
