import { pick, type Build, type Row } from './build.js';

/** PCI columns of the VCCI workbooks: the ten sub-indices, the 2006–2008 SOE-bias sub-index, the unweighted PCI. */
const PCI_COLS = [
  'entry_costs',
  'land_access',
  'transparency',
  'time_costs',
  'informal_charges',
  'policy_bias',
  'proactivity',
  'business_support',
  'labor_policy',
  'legal_institutions',
  'soe_bias_2006_2008',
  'pci_unweighted',
];

/** PCI tables: the 2006–2016 workbooks, the composites 2017–2022, the sub-indices 2017–2021 and 2023, the 2017–2018 ranking, the province pages. */
export function pciTables(b: Build): void {
  // PCI 2006–2016: VCCI workbooks, complete tables with ranks. Where a province page differs, the row says so.
  const WORKBOOK_NOTES: Record<string, string> = {
    'quang-tri 2007': 'pcivietnam.vn province page gives rank 46; the workbook rank is kept',
    'quang-tri 2011': 'pcivietnam.vn province page gives rank 14 (business support 2.88, labour training 4.95); the workbook values are kept',
    'phu-tho 2013': 'pcivietnam.vn province page gives informal charges 8.31; the workbook value reproduces the published PCI',
    'ninh-thuan 2013': 'pcivietnam.vn province page gives informal charges 6.10; the workbook value reproduces the published PCI',
  };
  const workbook = b.read('pci/pci_2006_2016_subindices.csv');
  const countByYear = new Map<string, number>();
  for (const r of workbook) countByYear.set(r.year!, (countByYear.get(r.year!) ?? 0) + 1);
  for (const r of workbook) {
    const year = Number(r.year);
    const province = b.code(r.province!, year);
    b.put(
      'pci',
      year,
      province,
      { pci: r.pci!, rank: r.rank!, rank_of: String(countByYear.get(r.year!)), ...pick(r, PCI_COLS) },
      'vcci-pci-workbooks',
      WORKBOOK_NOTES[`${province} ${year}`],
    );
  }
  // PCI 2017–2022 composites (2016 is in the workbooks already; the panel agrees there).
  for (const r of b.read('pci/pci_2016_2022_overall.csv')) {
    const year = Number(r.year);
    if (year === 2016 || year === 2020) continue;
    b.put('pci', year, b.code(r.province_std!, year), { pci: r.pci! }, 'pci-panel-2016-2022');
  }
  for (const r of b.read('pci/pci_2020_ranking.csv')) {
    b.put('pci', 2020, b.code(r.province!, 2020), { pci: r.pci!, rank: r.rank!, rank_of: '63' }, 'pcivietnam-ranking-2020');
  }
  /** A decimal text rounded half-up to `d` decimals, digit by digit (never through floating point). */
  function roundText(s: string, d: number): string {
    if (s === '') return '';
    const m = /^(\d+)(?:\.(\d*))?$/.exec(s);
    if (!m) throw new Error(`not a decimal: "${s}"`);
    const frac = (m[2] ?? '').padEnd(d + 1, '0');
    let n = BigInt(m[1]! + frac.slice(0, d));
    if (frac[d]! >= '5') n += 1n;
    const t = n.toString().padStart(d + 1, '0');
    return `${t.slice(0, -d)}.${t.slice(-d)}`;
  }
  const SUBS = PCI_COLS.slice(0, 10);
  const rounded = (r: Row) => Object.fromEntries(SUBS.map((c) => [c, roundText(r[c] ?? '', 2)]));

  // PCI 2017–2021: VCCI's sub-indices of all 63 provinces, rounded to the 2 decimals VCCI publishes.
  b.addSource({
    id: 'pci-subindices-2017-2021',
    title:
      'VCCI PCI sub-indices and composite 2017–2021, 63 provinces (owner and publisher VCCI, pcivietnam.vn); values as transcribed in a dissertation replication panel (columns PCI1 … PCI10, PCI)',
    titleVi:
      'Chỉ số thành phần và điểm tổng hợp PCI 2017–2021 của VCCI, 63 tỉnh (VCCI sở hữu và công bố, pcivietnam.vn); số liệu theo bản chép trong bộ dữ liệu tái lập của một luận án (cột PCI1 … PCI10, PCI)',
    repository: 'letrinhandn/Citizen-Participation-and-Local-Economic-Growth-in-Vietnam',
    path: 'data/vietnam_provincial_panel_2012_2019.xlsx',
    commit: '3e10f249ffd14b9d6d09207f4d4d09529a597bf8',
    licence:
      'data © VCCI / USAID PCI project (cite VCCI, pcivietnam.vn); the transcription repository states an Academic Copyright License (All Rights Reserved), so it is named only as the copy the values were read from',
    note: 'float32 values rounded to the 2 decimals VCCI publishes; 3,402 values equal VCCI workbooks 2012–2016, 473 equal the official 2019 and 2021 tables, the province pages agree 2017–2021',
  });
  for (const r of b.read('pci/pci_2017_2021_subindices.csv')) {
    const year = Number(r.year);
    b.put('pci', year, b.code(r.province_std!, year), { pci: roundText(r.pci!, 2), ...rounded(r) }, 'pci-subindices-2017-2021');
  }
  // PCI 2017–2018 official ranking (ranks as published: at 2-decimal ties they are not the order of unrounded scores).
  b.addSource({
    id: 'pci-ranking-2017-2018',
    title: 'VCCI PCI ranking tables 2017 and 2018 (pcivietnam.org/bang-xep-hang), as scraped with pandas.read_html',
    titleVi: 'Bảng xếp hạng PCI 2017 và 2018 của VCCI (pcivietnam.org/bang-xep-hang), thu thập bằng pandas.read_html',
    url: 'http://pcivietnam.org/bang-xep-hang/?khu_vuc=0&chi_so=pci&nam=2018',
    repository: 'thuongvovan/LOLIPOP-PLOT_PCI-VN',
    path: 'data/pci_vn.csv',
    commit: '399a3ea63a57e3f9b061cced435e08a95cb7122b',
    licence: 'none stated; data © VCCI / USAID PCI project',
    note: 'score, rank and tier (Nhóm xếp hạng, as written) of all 63 provinces',
  });
  for (const r of b.read('pci/pci_2017_2018_ranking.csv')) {
    const year = Number(r.year);
    b.put('pci', year, b.code(r.province_std!, year), { pci: r.pci!, rank: r.rank!, rank_of: '63', tier: r.tier! }, 'pci-ranking-2017-2018');
  }
  // PAPI's percentile groups (data/groups.csv): the one published group size found, PAPI 2023's top group.
  b.addSource({
    id: 'nvsk-vnanet-papi-2023',
    title: 'TTXVN infographic on PAPI 2023 (2 April 2024): "15 provinces/cities with the highest scores"',
    titleVi: 'Infographic TTXVN về PAPI 2023 (2/4/2024): "trong số 15 tỉnh/thành phố đạt điểm chỉ số cao nhất"',
    url: 'https://nvsk.vnanet.vn/print/infographics-papi-2023-thua-thien-hue-dat-diem-chi-so-cao-nhat-144407.vna',
    licence: 'not stated; quoted fact',
    note: 'the size of PAPI 2023 top percentile group (15 of the 61 provinces with scores)',
  });
  // PCI 2023: sub-indices of all 63 (the workbook has no composite; never computed: the 2022+ rule is unknown).
  b.addSource({
    id: 'pci-2023-workbook',
    title: 'VCCI PCI 2023 data workbook (sheet Tổng hợp and the ten sub-index sheets with 142 base indicators), as kept in a student app repository',
    titleVi:
      'Tệp số liệu PCI 2023 của VCCI (trang Tổng hợp và mười trang chỉ số thành phần với 142 chỉ tiêu cơ sở), lưu trong kho mã một ứng dụng của sinh viên',
    repository: 'ttuan8600/flask_test',
    path: 'raw data/pci.xlsx',
    commit: 'f72d0ef3511d527905068b389a432f8133c479c6',
    licence: 'none stated; data © VCCI / USAID PCI project',
    note: 'sub-indices rounded to the 2 decimals VCCI publishes; Quảng Trị equals its pcivietnam.vn page 10/10; year established by press checks (not stated in the repository)',
  });
  const subs2023 = b.read('pci/pci_2023_subindices.csv');
  for (const r of subs2023) b.put('pci', 2023, b.code(r.province_std!, 2023), rounded(r), 'pci-2023-workbook');

  // Province pages: ranks and sub-indices 2017+ (earlier years come from the workbooks; differences are in data/README.md).
  const pageSource: Record<string, string> = { 'quang-tri': 'pcivietnam-quang-tri', 'phu-tho': 'pcivietnam-phu-tho', 'ninh-thuan': 'pcivietnam-ninh-thuan' };
  for (const r of b.read('pci/pci_province_pages_subindices.csv')) {
    const year = Number(r.year);
    if (year <= 2016) continue;
    const province = b.code(r.province!, year);
    b.put('pci', year, province, { pci: r.pci!, rank: r.rank!, rank_of: r.rank ? '63' : '', ...pick(r, PCI_COLS.slice(0, 10)) }, pageSource[province]!);
    if (province === 'quang-tri' && year >= 2020 && year <= 2022) b.put('pci', year, province, {}, 'directive-quang-tri');
  }
}
