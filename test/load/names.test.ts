import { describe, expect, it } from 'vitest';
import { requireDefinitions } from '../../src/load/definitions.js';
import { nameKey, ProvinceRegistry, type NameIndex } from '../../src/model/provinces.js';
import { provinceSeries, resolveProvince } from '../../src/model/province-series.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';
import { say } from '../../src/model/text.js';

const defs = requireDefinitions(BUNDLED_DATA_DIR);
const code = (name: string, year = 2020) => defs.provinces.resolve(name, year)?.code;

describe('province names', () => {
  it('ignores case, diacritics (Đ included), spacing, punctuation and prefixes', () => {
    for (const name of ['Quảng Trị', 'quang tri', 'QUANG TRI', ' Quảng  Trị ', 'Tỉnh Quảng Trị', 'Tinh Quang Tri', 'Quang-Tri'])
      expect(nameKey(name)).toBe('quangtri');
    expect(nameKey('Đắk Nông')).toBe(nameKey('Dak Nong'));
    expect(nameKey('Thanh Hoá')).toBe(nameKey('Thanh Hóa'));
    expect(nameKey('TP. Hồ Chí Minh')).toBe(nameKey('Hồ Chí Minh'));
    expect(nameKey('Thanh pho Ho Chi Minh')).toBe(nameKey('Hồ Chí Minh'));
  });

  it('knows the aliases seen in the published tables', () => {
    expect(code('TT-Huế')).toBe('thua-thien-hue');
    expect(code('TT.Huế')).toBe('thua-thien-hue');
    expect(code('TTHUE')).toBe('thua-thien-hue');
    expect(code('BRVT')).toBe('ba-ria-vung-tau');
    expect(code('Ba Ria – Vung Tau')).toBe('ba-ria-vung-tau');
    expect(code('TP.HCM')).toBe('ho-chi-minh');
    expect(code('HCMC')).toBe('ho-chi-minh');
    expect(code('Bắc Cạn')).toBe('bac-kan');
    expect(code('Đăk Lăk')).toBe('dak-lak');
    expect(code('Đắc Lắk')).toBe('dak-lak');
    expect(code('Hanoi')).toBe('ha-noi');
  });

  it('counts the provincial units of each period (64 with Hà Tây to 2008, 63 to 2024, 34 from 2025)', () => {
    expect(defs.provinces.unitsIn(2008)).toHaveLength(64);
    expect(defs.provinces.unitsIn(2009)).toHaveLength(63);
    expect(defs.provinces.unitsIn(2024)).toHaveLength(63);
    expect(defs.provinces.unitsIn(2025)).toHaveLength(34);
  });

  it('resolves a merged name to the unit of the year asked (Quảng Trị before and after 1 July 2025)', () => {
    expect(resolveProvince(defs, 'quang tri', 2024).code).toBe('quang-tri');
    expect(resolveProvince(defs, 'quang tri', 2025).code).toBe('quang-tri-2025');
    expect(defs.provinces.byCode.get('quang-binh')?.successor).toBe('quang-tri-2025');
    expect(provinceSeries(defs, 'Quảng Trị').map((p) => p.code)).toEqual(['quang-tri', 'quang-tri-2025']);
  });

  it('rejects unknown names with the nearest known one as a hint', () => {
    expect(() => resolveProvince(defs, 'Quang Trj', 2020)).toThrow('unknown province "Quang Trj"');
    try {
      resolveProvince(defs, 'Quang Trj', 2020);
    } catch (e) {
      expect((e as { hint?: unknown }).hint).toEqual(say('có phải ý bạn là "Quảng Trị"?', 'did you mean "Quảng Trị"?'));
    }
    expect(() => resolveProvince(defs, 'Hà Tây', 2016)).toThrow('Hà Tây is not a provincial unit in 2016');
  });
});

describe("the registry's stored name lookup (the data cache's)", () => {
  it('finds what the registry finds, for every spelling and for folded ones', () => {
    const stored = new ProvinceRegistry(defs.provinces.all, JSON.parse(JSON.stringify(defs.provinces.nameIndex())) as NameIndex);
    const fresh = new ProvinceRegistry(defs.provinces.all);
    const names = defs.provinces.all.flatMap((p) => [p.code, p.nameVi, p.nameEn, ...p.aliases]);
    for (const name of [...names, ...names.map((n) => ` ${n.toUpperCase()} `), 'Tỉnh Quảng Trị', 'TP.HCM', 'nowhere']) {
      expect(stored.matches(name).map((p) => p.code)).toEqual(fresh.matches(name).map((p) => p.code));
    }
    expect(stored.matches('Quảng Trị').map((p) => p.code)).toEqual(['quang-tri', 'quang-tri-2025']);
  });
});
