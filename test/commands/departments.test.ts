import { describe, expect, it } from 'vitest';
import { departmentFor } from '../../src/analysis/departments.js';
import { departments } from '../helpers/commands.js';
import { runValidate } from '../../src/commands/validate/run.js';
import { checkFolder } from '../../src/load/check-folder.js';
import { DataError, UsageError } from '../../src/model/errors.js';
import { requireDefinitions } from '../../src/load/definitions.js';
import { loadDepartments, requireDepartments } from '../../src/load/departments.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';

const defs = requireDefinitions(BUNDLED_DATA_DIR);
const bundled = requireDepartments(BUNDLED_DATA_DIR, undefined, defs).assignments;
const lead = (index: string, component: string, year: number) => departmentFor(bundled, index, component, year)?.lead;
const run = (over: Partial<Parameters<typeof departments>[0]>) => departments({ dataDir: BUNDLED_DATA_DIR, benchmark: { kind: 'median' }, ...over });
const MAPPINGS = 'test/fixtures/synthetic-gaps/mappings';
const validate = (dataDir: string, mapping: string | undefined) => runValidate(checkFolder(dataDir, mapping), false);

describe('data/departments.csv (defaults from DOMAIN §3)', () => {
  it('has no errors and no warnings: every component of every methodology year has a lead', () => {
    expect(loadDepartments(`${BUNDLED_DATA_DIR}/departments.csv`, defs).issues).toEqual([]);
  });

  it('maps the overall focal point and every component of all four indices', () => {
    for (const [id, def] of defs.indices) {
      const codes = new Set(defs.periods.filter((p) => p.index === id).flatMap((p) => p.components.filter((c) => c.kind === 'component').map((c) => c.code)));
      for (const code of [def.compositeCode, ...codes])
        expect(
          bundled.some((a) => a.index === id && a.component === code),
          `${id} ${code}`,
        ).toBe(true);
    }
  });

  it('names the 2022 department in a 2022 report and the merged one in 2025 (DOMAIN §3.5)', () => {
    expect(lead('pci', 'entry_costs', 2022)).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(lead('pci', 'entry_costs', 2025)).toEqual(['Sở Tài chính']);
    expect(lead('pci', 'land_access', 2024)).toEqual(['Sở Tài nguyên và Môi trường']);
    expect(lead('pci', 'land_access', 2025)).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(lead('pci', 'labor_policy', 2022)).toEqual(['Sở Lao động - Thương binh và Xã hội']);
    expect(lead('pci', 'labor_policy', 2025)).toEqual(['Sở Nội vụ']);
    expect(lead('papi', 'd8_e_governance', 2022)).toEqual(['Sở Thông tin và Truyền thông']);
    expect(lead('papi', 'd8_e_governance', 2025)).toEqual(['Sở Khoa học và Công nghệ']);
    // Unaffected by the mergers: one row for all years.
    expect(lead('pci', 'legal_institutions', 2010)).toEqual(['Sở Tư pháp']);
    expect(lead('pci', 'legal_institutions', 2026)).toEqual(['Sở Tư pháp']);
  });

  it('carries the DOMAIN status: verified where a source names the lead, unconfirmed for successor names', () => {
    expect(departmentFor(bundled, 'pci', 'legal_institutions', 2022)?.basis).toBe('verified'); // Hà Nam
    expect(departmentFor(bundled, 'pci', 'land_access', 2022)?.basis).toBe('partly-verified');
    expect(departmentFor(bundled, 'pci', 'transparency', 2022)?.basis).toBe('unconfirmed');
    expect(departmentFor(bundled, 'pci', 'entry_costs', 2025)?.basis).toBe('unconfirmed'); // provincial mirroring of the merger
    expect(departmentFor(bundled, 'sipas', 'sipas', 2023)).toMatchObject({ lead: ['Sở Nội vụ'], basis: 'verified' });
  });
});

describe('chiso departments', () => {
  it('lists the whole mapping without a year, and only what is in force with one', () => {
    const all = run({});
    expect(all.rows).toHaveLength(bundled.length);
    expect(all.rows.every((r) => r.standing === null && r.role === null)).toBe(true);
    const y2025 = run({ year: 2025, indices: ['pci'] });
    expect(y2025.rows.find((r) => r.component === 'entry_costs')!.lead).toEqual(['Sở Tài chính']);
    expect(y2025.rows.filter((r) => r.component === 'entry_costs')).toHaveLength(1);
  });

  it("--department: every component it leads or coordinates, with the province's standing in the year", () => {
    const r = run({ department: 'Sở KH&ĐT', year: 2022, province: 'Quảng Trị' });
    expect(r.department).toBe('Sở Kế hoạch và Đầu tư');
    expect(r.rows.map((x) => [x.index, x.component, x.role])).toEqual([
      ['pci', 'pci', 'lead'],
      ['pci', 'entry_costs', 'lead'],
      ['pci', 'transparency', 'lead'],
      ['pci', 'policy_bias', 'lead'],
      ['pci', 'business_support', 'lead'],
      ['par-index', 'par_component_impact', 'coordinating'],
    ]);
    expect(r.rows[0]!.standing).toMatchObject({ score: 61.26, rank: { rank: 59, of: 63 } });
    expect(r.rows[1]!.standing).toMatchObject({ score: 6.93, gap: null, na: { gap: { code: 'coverage', have: 3, of: 63, minShare: 0.5 } } });
  });

  it('--department with a year after its merger: nothing in force, and who leads its components then', () => {
    const r = run({ department: 'Sở Kế hoạch và Đầu tư', year: 2025 });
    expect(r.rows).toEqual([]);
    expect(r.successors).toContain('Sở Tài chính');
  });

  it('unknown or ambiguous department names are usage errors', () => {
    expect(() => run({ department: 'Sở Ngoại vụ' })).toThrow(UsageError);
    expect(() => run({ department: 'UBND' })).toThrow(/matches several departments/);
  });
});

describe('--departments FILE', () => {
  it('replaces the mapping', () => {
    const r = departments({ dataDir: 'test/fixtures/synthetic-gaps/data', departments: `${MAPPINGS}/no-lead.csv`, benchmark: { kind: 'median' } });
    expect(r.rows.map((x) => x.lead[0])).toEqual(['Sở Đất đai', 'Sở Nội vụ']);
  });

  it('a bad row is a one-line DataError with file, line and column', () => {
    const cases: [string, string, number, number][] = [
      ['unknown-component.csv', 'unknown component "lnd" of pci', 3, 2],
      ['unknown-index.csv', 'unknown index "pcx"', 2, 1],
      ['overlap.csv', 'pci land: 2016-07-01–… overlaps …–2016 on line 2', 4, 5],
      ['empty-lead.csv', 'lead: is empty: every component needs a lead department', 3, 3],
      ['bad-date.csv', 'effective_from: "2016-02-30" is not a year or a date (YYYY or YYYY-MM-DD)', 2, 5],
      ['reversed-range.csv', 'pci land: effective_to 2016-12-31 is before effective_from 2017-01-01', 2, 6],
    ];
    for (const [file, message, line, column] of cases) {
      let error: unknown;
      try {
        departments({ dataDir: 'test/fixtures/synthetic-gaps/data', departments: `${MAPPINGS}/${file}`, benchmark: { kind: 'median' } });
      } catch (e) {
        error = e;
      }
      expect(error, file).toBeInstanceOf(DataError);
      expect((error as DataError).message, file).toBe(message);
      expect((error as DataError).location, file).toMatchObject({ file: `${MAPPINGS}/${file}`, line, column });
    }
  });

  it('chiso validate checks it: errors fail validation, missing leads are warnings', () => {
    const bad = validate('test/fixtures/synthetic-gaps/data', `${MAPPINGS}/overlap.csv`);
    expect(bad.ok).toBe(false);
    expect(bad.issues.filter((i) => i.file.endsWith('overlap.csv')).map((i) => i.check)).toEqual(['no-lead', 'overlapping-assignment']);
    const gaps = validate('test/fixtures/synthetic-gaps/data', `${MAPPINGS}/no-lead.csv`);
    expect(gaps.ok).toBe(true);
    expect(gaps.issues.filter((i) => i.check === 'no-lead').map((i) => i.message)).toEqual([
      'pci skills: no lead department for 2016–2017',
      'pci courts: no lead department for 2015–2017',
    ]);
  });

  it('the bundled mapping lent to a data folder with its own definitions keeps only what that folder defines', () => {
    const r = validate('test/fixtures/synthetic-gaps/data', undefined);
    expect(r.issues.filter((i) => i.file.endsWith('departments.csv'))).toEqual([]);
  });
});
