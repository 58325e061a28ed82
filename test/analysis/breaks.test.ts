import { describe, expect, it } from 'vitest';
import { breaksBetween } from '../../src/analysis/breaks.js';
import { requireDefinitions } from '../../src/load/definitions.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';

const { periods } = requireDefinitions(BUNDLED_DATA_DIR);
const years = (index: string, from: number, to: number) => breaksBetween(periods, index, from, to).map((b) => b.year);

describe('breaksBetween on the bundled methodology', () => {
  it('finds the documented breaks of each index (DOMAIN.md §1)', () => {
    expect(years('pci', 2006, 2024)).toEqual([2009, 2013, 2022]);
    expect(years('papi', 2011, 2024)).toEqual([2016, 2018]);
    expect(years('par-index', 2012, 2024)).toEqual([2022, 2024]);
    expect(years('sipas', 2017, 2024)).toEqual([2022]);
  });

  it('does not treat a period split into several year ranges as a break (PCI 2009–2012)', () => {
    expect(years('pci', 2009, 2012)).toEqual([]);
  });

  it('counts a break between two years only when the later year is in the new period', () => {
    expect(years('pci', 2021, 2022)).toEqual([2022]);
    expect(years('pci', 2022, 2023)).toEqual([]);
    expect(years('papi', 2017, 2018)).toEqual([2018]);
    expect(years('pci', 2022, 2021)).toEqual([2022]);
  });

  it('carries what changed, in both languages', () => {
    const [b] = breaksBetween(periods, 'papi', 2017, 2018);
    expect(b!.changeEn).toMatch(/Two new dimensions/);
    expect(b!.changeVi).toMatch(/Thêm 2 nội dung/);
  });
});
