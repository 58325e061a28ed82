import { describe, expect, it } from 'vitest';
import { openData } from '../../src/load/open-data.js';
import { BUNDLED_DATA_DIR } from '../../src/load/paths.js';

// Figures printed by the index owners (or by the provincial documents citing them), checked
// against the bundled data. Sources: data/sources.csv and data/README.md.
const data = openData(BUNDLED_DATA_DIR);
function row(index: string, year: number, province: string) {
  const r = data.table(index, year)?.rows.find((o) => o.province === province);
  if (!r) throw new Error(`no ${index} ${year} row for ${province}`);
  return r;
}
const round = (x: number | undefined, d: number) => (x === undefined ? undefined : Number(x.toFixed(d)));

describe('published facts in the bundled data', () => {
  it('PCI 2016: Quảng Trị 57.62, rank 43 of 63 (VCCI workbook, Summary_VN)', () => {
    const r = row('pci', 2016, 'quang-tri');
    expect([round(r.composite, 2), r.rank, r.rankOf]).toEqual([57.62, 43, 63]);
  });

  it('PCI 2016: Đà Nẵng first with 70.00; PCI 2011: Lào Cai first with 73.53', () => {
    expect([round(row('pci', 2016, 'da-nang').composite, 2), row('pci', 2016, 'da-nang').rank]).toEqual([70, 1]);
    expect([row('pci', 2011, 'lao-cai').composite, row('pci', 2011, 'lao-cai').rank]).toEqual([73.53, 1]);
  });

  it('PCI Quảng Trị ranks in the directive: 2020 41, 2021 41, 2022 59/63', () => {
    expect([2020, 2021, 2022].map((y) => `${row('pci', y, 'quang-tri').rank}/${row('pci', y, 'quang-tri').rankOf}`)).toEqual(['41/63', '41/63', '59/63']);
    expect([row('pci', 2020, 'quang-tri').composite, row('pci', 2021, 'quang-tri').composite, row('pci', 2022, 'quang-tri').composite]).toEqual([63.07, 63.33, 61.26]);
  });

  it('PCI 2020 official ranking: Quảng Ninh 75.09 first, Bạc Liêu 59.61 last, ranks 1..63 once each', () => {
    const t = data.table('pci', 2020)!;
    expect([row('pci', 2020, 'quang-ninh').composite, row('pci', 2020, 'quang-ninh').rank]).toEqual([75.09, 1]);
    expect([row('pci', 2020, 'bac-lieu').composite, row('pci', 2020, 'bac-lieu').rank]).toEqual([59.61, 63]);
    expect(t.rows.map((r) => r.rank).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 63 }, (_, i) => i + 1));
  });

  it('PCI 2023: Quảng Trị informal charges 6.57, transparency 6.09, policy bias 4.65 (province page); no rank (VCCI publishes only the top 30), 63.23 as the province reported it', () => {
    const r = row('pci', 2023, 'quang-tri');
    expect([r.values.informal_charges, r.values.transparency, r.values.policy_bias]).toEqual([6.57, 6.09, 4.65]);
    expect([r.composite, r.rank]).toEqual([63.23, undefined]);
  });

  it('PCI 2023: all 63 provinces have the 10 sub-indices; composites only where published (Quảng Ninh 71.25 first, Long An 70.94 second)', () => {
    const t = data.table('pci', 2023)!;
    expect(t.rows).toHaveLength(63);
    for (const r of t.rows) expect(Object.keys(r.values), r.province).toHaveLength(10);
    expect([row('pci', 2023, 'quang-ninh').composite, row('pci', 2023, 'quang-ninh').rank, row('pci', 2023, 'long-an').composite, row('pci', 2023, 'long-an').rank]).toEqual([71.25, 1, 70.94, 2]);
    expect(row('pci', 2023, 'quang-ninh').values.time_costs).toBe(8.54);
    expect(t.rows.filter((r) => r.composite !== undefined)).toHaveLength(3);
  });

  it('PCI 2017: Quảng Trị 59.25, rank 54 of 63; 2018 61.16, rank 53 (VCCI ranking); 2019 63.84, rank 49 (province page)', () => {
    const r = row('pci', 2017, 'quang-tri');
    expect([r.composite, r.rank, r.rankOf, r.values.entry_costs]).toEqual([59.25, 54, 63, 8.03]);
    expect([row('pci', 2018, 'quang-tri').composite, row('pci', 2018, 'quang-tri').rank]).toEqual([61.16, 53]);
    expect([row('pci', 2019, 'quang-tri').composite, row('pci', 2019, 'quang-tri').rank]).toEqual([63.84, 49]);
  });

  it('PCI 2017–2021: every year has 63 provinces with all 10 sub-indices at 2 decimals', () => {
    for (const y of [2017, 2018, 2019, 2020, 2021]) {
      const t = data.table('pci', y)!;
      expect(t.rows, String(y)).toHaveLength(63);
      for (const r of t.rows) {
        expect(Object.keys(r.values), `${y} ${r.province}`).toHaveLength(10);
        for (const v of Object.values(r.values)) expect(round(v, 2)).toBe(v);
      }
    }
  });

  it('PCI 2017 and 2018 ranks as VCCI published them at 2-decimal ties (Hà Nam 34 before Thái Bình 35; Bắc Giang 34, Nam Định 35, Tuyên Quang 36)', () => {
    expect([row('pci', 2017, 'ha-nam').rank, row('pci', 2017, 'thai-binh').rank]).toEqual([34, 35]);
    expect(['bac-giang', 'nam-dinh', 'tuyen-quang'].map((p) => row('pci', 2018, p).rank)).toEqual([34, 35, 36]);
    for (const y of [2017, 2018]) expect(data.table('pci', y)!.rows.map((r) => r.rank).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 63 }, (_, i) => i + 1));
  });

  it('PCI 2019 and 2021 official tables: Quảng Ninh first (73.40; 73.02), Hải Phòng second in 2021 (70.61); 2021 Hà Nội proactivity 6.92', () => {
    expect([row('pci', 2019, 'quang-ninh').composite, row('pci', 2019, 'quang-ninh').rank]).toEqual([73.4, 1]);
    expect([row('pci', 2021, 'quang-ninh').composite, row('pci', 2021, 'quang-ninh').rank, row('pci', 2021, 'hai-phong').rank]).toEqual([73.02, 1, 2]);
    expect(row('pci', 2021, 'ha-noi').values.proactivity).toBe(6.92);
  });

  it('PCI 2024: Hải Phòng first with 74.84; Điện Biên 67.77, 32nd of 63 (provincial report)', () => {
    expect([row('pci', 2024, 'hai-phong').composite, row('pci', 2024, 'hai-phong').rank]).toEqual([74.84, 1]);
    expect([row('pci', 2024, 'dien-bien').composite, row('pci', 2024, 'dien-bien').rank, row('pci', 2024, 'dien-bien').rankOf]).toEqual([67.77, 32, 63]);
  });

  it('PAPI 2021: Quảng Trị total 42.39, rank 28 of 63 (Báo Quảng Trị; directive)', () => {
    const r = row('papi', 2021, 'quang-tri');
    expect([round(r.composite, 2), r.rank, r.rankOf]).toEqual([42.39, 28, 63]);
    expect(round(r.values.d1_participation, 3)).toBe(4.969);
    expect(r.componentRanks.d4_control_of_corruption).toBe(40);
  });

  it('PAPI 2023: Hà Nội public service delivery 7.8486 (PAPI 2023 report, Table 3.6); Quảng Ninh has no scores', () => {
    expect(round(row('papi', 2023, 'ha-noi').values.d6_public_service_delivery, 4)).toBe(7.8486);
    expect(data.table('papi', 2023)!.rows.some((r) => r.province === 'quang-ninh')).toBe(false);
  });

  it('PAPI 2015: Hà Tĩnh dimensions 6.44, 7.24, 7.51, 6.67, 7.30, 7.17 (papi.org.vn)', () => {
    const v = row('papi', 2015, 'ha-tinh').values;
    expect(['d1_participation', 'd2_transparency', 'd3_vertical_accountability', 'd4_control_of_corruption', 'd5_public_administrative_procedures', 'd6_public_service_delivery'].map((c) => round(v[c], 2))).toEqual([6.44, 7.24, 7.51, 6.67, 7.3, 7.17]);
  });

  it('PAR INDEX: Quảng Trị 2022 rank 52/63, 2023 86.25 and 41/63 with three published area scores', () => {
    expect([row('par-index', 2022, 'quang-tri').rank, row('par-index', 2022, 'quang-tri').rankOf]).toEqual([52, 63]);
    const r = row('par-index', 2023, 'quang-tri');
    expect([r.composite, r.rank, r.values.par_component_administrative_procedure_reform, r.componentRanks.par_component_civil_service_reform]).toEqual([86.25, 41, 12.45, 9]);
  });

  it('SIPAS: Quảng Trị 2020 34/63, 2021 46/63, 2022 76.43 and 55/63, 2023 79.46 and 53/63; national 2023 82.66', () => {
    expect([2020, 2021, 2022, 2023].map((y) => row('sipas', y, 'quang-tri').rank)).toEqual([34, 46, 55, 53]);
    expect([row('sipas', 2022, 'quang-tri').composite, row('sipas', 2023, 'quang-tri').composite]).toEqual([76.43, 79.46]);
    expect(data.table('sipas', 2023)!.aggregates.find((a) => a.province === 'vn')?.composite).toBe(82.66);
  });

  it('PAR INDEX: Đà Nẵng 2014 first with 92.54; mean of the 63 provinces 2014 81.21, 2023 86.98', () => {
    expect([row('par-index', 2014, 'da-nang').composite, row('par-index', 2014, 'da-nang').rank]).toEqual([92.54, 1]);
    const mean = (y: number) => data.table('par-index', y)!.aggregates.find((a) => a.province === 'vn-average')?.composite;
    expect([mean(2014), mean(2023)]).toEqual([81.21, 86.98]);
  });

  it('SIPAS 2023: Bắc Kạn last with 75.03 (63/63); national factor scores 83.02 procedures, 82.27 feedback handling', () => {
    expect([row('sipas', 2023, 'bac-kan').composite, row('sipas', 2023, 'bac-kan').rank]).toEqual([75.03, 63]);
    const vn = data.table('sipas', 2023)!.aggregates.find((a) => a.province === 'vn')!;
    expect([vn.composite, vn.values.sipas_procedures, vn.values.sipas_feedback_handling]).toEqual([82.66, 83.02, 82.27]);
  });

  it('PAPI 2024: Quảng Ninh, Tây Ninh, Bình Thuận the press top three; national average 41.43; Quảng Ninh 2019 keeps the extract (46.66), not the press 44.66', () => {
    expect(['quang-ninh', 'tay-ninh', 'binh-thuan'].map((p) => row('papi', 2024, p).rank)).toEqual([1, 2, 3]);
    expect(data.table('papi', 2024)!.aggregates.find((a) => a.province === 'vn')?.composite).toBe(41.43);
    const qn = row('papi', 2019, 'quang-ninh');
    expect([round(qn.composite, 2), qn.rank]).toEqual([46.66, 3]);
    expect(qn.note).toMatch(/CONFLICT/);
  });

  it('PCI 2006–2008 include Hà Tây (64 units); from 2009 there are 63', () => {
    expect(data.table('pci', 2008)!.rows).toHaveLength(64);
    expect(data.table('pci', 2008)!.rows.some((r) => r.province === 'ha-tay')).toBe(true);
    expect(data.table('pci', 2009)!.rows).toHaveLength(63);
  });
});
