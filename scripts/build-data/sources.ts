import type { Build } from './build.js';

/** The sources cited first (workbooks, panels, VCCI pages, the PAPI extracts, the directive), in their citation order. */
export function addBaseSources(b: Build): void {
  b.addSource({
    id: 'vcci-pci-workbooks',
    title: 'VCCI PCI summary workbooks 2006–2016 (PCI_2006.xls … PCI_2016.xlsx)',
    titleVi: 'Bảng tổng hợp PCI của VCCI 2006–2016 (PCI_2006.xls … PCI_2016.xlsx)',
    repository: 'mdtrinh/vietnamdata',
    path: 'data-raw/PCI/',
    commit: 'be581b8d5b1f0c6a747199fe23d8a77e55396e17',
    licence: 'CC0 (repository DESCRIPTION); data © VCCI / USAID PCI project',
    note: 'weighted PCI, rank and every sub-index; 2006 and 2008 ranks are the running number of the list sorted by weighted PCI',
  });
  b.addSource({
    id: 'pci-panel-2016-2022',
    title: 'Composite PCI 2016–2022, 63 provinces, in a research panel (Stata variables name, id, year, pci)',
    titleVi: 'Điểm PCI tổng hợp 2016–2022 của 63 tỉnh trong một bộ dữ liệu nghiên cứu dạng bảng (biến Stata name, id, year, pci)',
    repository: 'tnguyentranphuoc-commits/ENTREPRENEURSHIP-INVESTMENT-AND-REGIONAL-ECONOMIC-DEVELOPMENT-IN-VIETNAM-A-PANEL-APPROACH',
    path: 'Dataset.dta',
    commit: '7ed8cec06e43317ff4916526f61895c40d3f1a2b',
    licence: 'MIT (README statement)',
    note: 'secondary compilation; 254 values checked against official tables, 0 mismatches; float32 values rounded to the published 2 decimals',
  });
  b.addSource({
    id: 'pcivietnam-ranking-2020',
    title: 'VCCI, PCI 2020 ranking table (Bảng xếp hạng)',
    titleVi: 'VCCI, bảng xếp hạng PCI 2020 (Bảng xếp hạng)',
    url: 'https://pcivietnam.vn/bang-xep-hang?cpi_cat_id=PCI_Score&region_id=0&year=2020',
    licence: 'not stated (VCCI / USAID PCI project)',
  });
  for (const [id, slug, name] of [
    ['pcivietnam-quang-tri', 'ho-so-tinh/quang-tri', 'Quảng Trị'],
    ['pcivietnam-phu-tho', 'en/provinces/phu-tho', 'Phú Thọ'],
    ['pcivietnam-ninh-thuan', 'en/provinces/ninh-thuan', 'Ninh Thuận'],
  ] as const) {
    b.addSource({
      id,
      title: `VCCI PCI province profile page, ${name}`,
      titleVi: `Trang hồ sơ tỉnh ${name} trên trang PCI của VCCI`,
      url: `https://pcivietnam.vn/${slug}`,
      licence: 'not stated (VCCI / USAID PCI project)',
      note: 'values as shown on the page (2 decimals)',
    });
  }
  b.addSource({
    id: 'papi-dimensions-extract',
    title: 'PAPI dimension scores and reported totals 2011–2024, extracted from the official PAPI workbooks',
    titleVi: 'Điểm các chỉ số nội dung PAPI và điểm tổng 2011–2024, trích từ các tệp số liệu chính thức của PAPI',
    repository: 'tunah72/papi-dashboard',
    path: 'data/processed/agg_province_year.csv',
    commit: '2e42ab89bd452987a8661c5c60ccf5571bb7a884',
    licence: 'none stated; data © CECODES, RTA and UNDP (cite PAPI)',
    note: 'unweighted scores; 6,093 of 6,094 dimension cells agree with the sub-dimension sums of papi-subdimensions-extract',
  });
  b.addSource({
    id: 'papi-subdimensions-extract',
    title: 'PAPI sub-dimension scores 2011–2024, extracted from the official PAPI workbooks',
    titleVi: 'Điểm các chỉ số nội dung thành phần PAPI 2011–2024, trích từ các tệp số liệu chính thức của PAPI',
    repository: 'hnks-gh/ml-mcdm',
    path: 'data/csv/2011.csv … data/csv/2024.csv',
    commit: 'd165721ef5b79e96a1f9daa013612eef57d31734',
    licence: 'MIT (repository); data © CECODES, RTA and UNDP (cite PAPI)',
  });
  b.addSource({
    id: 'directive-quang-tri',
    title:
      'Chỉ thị của Ban Thường vụ Tỉnh ủy Quảng Trị về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác cải cách hành chính, nâng cao trách nhiệm thực thi công vụ, góp phần cải thiện chỉ số năng lực cạnh tranh cấp tỉnh (footnote 1)',
    titleVi:
      'Chỉ thị của Ban Thường vụ Tỉnh ủy Quảng Trị về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác cải cách hành chính, nâng cao trách nhiệm thực thi công vụ, góp phần cải thiện chỉ số năng lực cạnh tranh cấp tỉnh (chú thích 1)',
    licence: 'official document',
    note: 'signed by Bí thư Lê Quang Tùng; no number or date in the text; footnote 1 gives Quảng Trị ranks of PAR INDEX 2022, SIPAS 2020–2022, PAPI 2020–2022 and PCI 2020–2022',
  });
}
