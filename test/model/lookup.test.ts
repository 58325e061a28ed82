import { describe, expect, it } from 'vitest';
import { resolveComponent, resolveRegion, yearRuns } from '../../src/model/lookup.js';
import { requireDefinitions } from '../../src/load/definitions.js';
import { periodFor } from '../../src/model/definitions.js';
import { UsageError } from '../../src/model/errors.js';
import { inLang } from '../../src/model/text.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';

const defs = requireDefinitions(BUNDLED_DATA_DIR);

describe('resolveComponent', () => {
  it('accepts a code or a unique part of one', () => {
    const papi = periodFor(defs, 'papi', 2021)!;
    expect(resolveComponent(papi, 'd2_transparency', 'PAPI', 2021).code).toBe('d2_transparency');
    expect(resolveComponent(papi, 'd2', 'PAPI', 2021).code).toBe('d2_transparency');
    expect(resolveComponent(papi, 'E_Governance', 'PAPI', 2021).code).toBe('d8_e_governance');
    expect(resolveComponent(periodFor(defs, 'pci', 2020)!, 'transparency', 'PCI', 2020).code).toBe('transparency');
  });

  it('rejects unknown and ambiguous names with the list of codes', () => {
    const pci = periodFor(defs, 'pci', 2020)!;
    expect(() => resolveComponent(pci, 'costs', 'PCI', 2020)).toThrow(/ambiguous in PCI 2020: entry_costs, time_costs/);
    const e = (() => {
      try {
        resolveComponent(pci, 'bogus', 'PCI', 2020);
      } catch (x) {
        return x;
      }
    })() as UsageError;
    expect(e).toBeInstanceOf(UsageError);
    expect(inLang(e.hint!, 'en')).toMatch(/^components of PCI 2020: entry_costs, land_access/);
    expect(inLang(e.hint!, 'vi')).toMatch(/^các chỉ số thành phần của PCI 2020: entry_costs, land_access/);
  });
});

describe('resolveRegion', () => {
  it('matches code or either name, ignoring case and diacritics', () => {
    expect(resolveRegion(defs, 'mekong_delta').code).toBe('mekong_delta');
    expect(resolveRegion(defs, 'dong bang song cuu long').code).toBe('mekong_delta');
    expect(resolveRegion(defs, 'Red River Delta').code).toBe('red_river_delta');
    expect(() => resolveRegion(defs, 'atlantis')).toThrow(UsageError);
  });
});

describe('yearRuns', () => {
  it('joins consecutive years', () => {
    expect(yearRuns([2024, 2012, 2016, 2020, 2021, 2022, 2023])).toBe('2012, 2016, 2020–2024');
    expect(yearRuns([])).toBe('');
  });
});
