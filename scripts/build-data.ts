/**
 * Rebuilds data/<index>/<year>.csv and data/sources.csv from the source tables in
 * shared/data-sources (path given as the first argument). Values are copied as text, never
 * recomputed; rows of different sources for the same province-year are merged, and a build fails
 * when two sources disagree on a value they both give.
 *
 *   npm run data -- ../shared/data-sources [output folder, default data/]
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { sampleCorrelation } from 'simple-statistics';
import { provinceOf, ProvinceRegistry } from '../src/model/provinces.js';
import { readCsv } from '../src/load/read-csv.js';
import { readRecords } from '../src/load/records.js';
import { componentRow, methodologyRow, provinceRow } from '../src/model/schemas.js';
import { BUNDLED_DATA_DIR } from '../src/load/paths.js';

type Row = Record<string, string>;

const SRC = process.argv[2] ?? '../shared/data-sources';
const OUT = process.argv[3] ?? BUNDLED_DATA_DIR;
// Definitions (provinces, components, periods) are always the bundled ones.
const DEFS = BUNDLED_DATA_DIR;

const registryRows = readRecords(readCsv(join(DEFS, 'provinces.csv')), provinceRow).rows;
const registry = new ProvinceRegistry(registryRows.map(provinceOf));
const components = readRecords(readCsv(join(DEFS, 'components.csv')), componentRow).rows;
const periods = readRecords(readCsv(join(DEFS, 'methodology.csv')), methodologyRow).rows;

function read(path: string): Row[] {
  return Papa.parse<Row>(readFileSync(join(SRC, path), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

function code(name: string, year: number): string {
  const p = registry.resolve(name, year);
  if (!p) throw new Error(`unknown province "${name}" (${year})`);
  return p.code;
}

// ---- sources -------------------------------------------------------------------------------
interface SourceDef {
  id: string;
  title: string;
  titleVi: string;
  url?: string;
  repository?: string;
  path?: string;
  commit?: string;
  licence?: string;
  note?: string;
}
const sources = new Map<string, SourceDef>();
const addSource = (s: SourceDef) => sources.set(s.id, s);
addSource({
  id: 'vcci-pci-workbooks',
  title: 'VCCI PCI summary workbooks 2006–2016 (PCI_2006.xls … PCI_2016.xlsx)',
  titleVi: 'Bảng tổng hợp PCI của VCCI 2006–2016 (PCI_2006.xls … PCI_2016.xlsx)',
  repository: 'mdtrinh/vietnamdata',
  path: 'data-raw/PCI/',
  commit: 'be581b8d5b1f0c6a747199fe23d8a77e55396e17',
  licence: 'CC0 (repository DESCRIPTION); data © VCCI / USAID PCI project',
  note: 'weighted PCI, rank and every sub-index; 2006 and 2008 ranks are the running number of the list sorted by weighted PCI',
});
addSource({
  id: 'pci-panel-2016-2022',
  title: 'Composite PCI 2016–2022, 63 provinces, in a research panel (Stata variables name, id, year, pci)',
  titleVi: 'Điểm PCI tổng hợp 2016–2022 của 63 tỉnh trong một bộ dữ liệu nghiên cứu dạng bảng (biến Stata name, id, year, pci)',
  repository: 'tnguyentranphuoc-commits/ENTREPRENEURSHIP-INVESTMENT-AND-REGIONAL-ECONOMIC-DEVELOPMENT-IN-VIETNAM-A-PANEL-APPROACH',
  path: 'Dataset.dta',
  commit: '7ed8cec06e43317ff4916526f61895c40d3f1a2b',
  licence: 'MIT (README statement)',
  note: 'secondary compilation; 254 values checked against official tables, 0 mismatches; float32 values rounded to the published 2 decimals',
});
addSource({
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
  addSource({
    id,
    title: `VCCI PCI province profile page, ${name}`,
    titleVi: `Trang hồ sơ tỉnh ${name} trên trang PCI của VCCI`,
    url: `https://pcivietnam.vn/${slug}`,
    licence: 'not stated (VCCI / USAID PCI project)',
    note: 'values as shown on the page (2 decimals)',
  });
}
addSource({
  id: 'papi-dimensions-extract',
  title: 'PAPI dimension scores and reported totals 2011–2024, extracted from the official PAPI workbooks',
  titleVi: 'Điểm các chỉ số nội dung PAPI và điểm tổng 2011–2024, trích từ các tệp số liệu chính thức của PAPI',
  repository: 'tunah72/papi-dashboard',
  path: 'data/processed/agg_province_year.csv',
  commit: '2e42ab89bd452987a8661c5c60ccf5571bb7a884',
  licence: 'none stated; data © CECODES, RTA and UNDP (cite PAPI)',
  note: 'unweighted scores; 6,093 of 6,094 dimension cells agree with the sub-dimension sums of papi-subdimensions-extract',
});
addSource({
  id: 'papi-subdimensions-extract',
  title: 'PAPI sub-dimension scores 2011–2024, extracted from the official PAPI workbooks',
  titleVi: 'Điểm các chỉ số nội dung thành phần PAPI 2011–2024, trích từ các tệp số liệu chính thức của PAPI',
  repository: 'hnks-gh/ml-mcdm',
  path: 'data/csv/2011.csv … data/csv/2024.csv',
  commit: 'd165721ef5b79e96a1f9daa013612eef57d31734',
  licence: 'MIT (repository); data © CECODES, RTA and UNDP (cite PAPI)',
});
addSource({
  id: 'directive-quang-tri',
  title:
    'Chỉ thị của Ban Thường vụ Tỉnh ủy Quảng Trị về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác cải cách hành chính, nâng cao trách nhiệm thực thi công vụ, góp phần cải thiện chỉ số năng lực cạnh tranh cấp tỉnh (footnote 1)',
  titleVi:
    'Chỉ thị của Ban Thường vụ Tỉnh ủy Quảng Trị về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác cải cách hành chính, nâng cao trách nhiệm thực thi công vụ, góp phần cải thiện chỉ số năng lực cạnh tranh cấp tỉnh (chú thích 1)',
  licence: 'official document',
  note: 'signed by Bí thư Lê Quang Tùng; no number or date in the text; footnote 1 gives Quảng Trị ranks of PAR INDEX 2022, SIPAS 2020–2022, PAPI 2020–2022 and PCI 2020–2022',
});

/** A source id for a press or government page, from its host name. */
function urlSource(url: string, note?: string): string {
  for (const s of sources.values()) if (s.url === url) return s.id;
  const host = new URL(url).hostname.replace(/^(www|m|en|betaen)\./, '');
  let id = host.replace(/\./g, '-');
  for (let n = 2; sources.has(id); n++) id = `${host.replace(/\./g, '-')}-${n}`;
  addSource({ id, title: `Page on ${new URL(url).hostname}`, titleVi: `Trang ${new URL(url).hostname}`, url, licence: 'not stated; quoted fact', note });
  return id;
}

// ---- year tables ---------------------------------------------------------------------------
type Table = Map<string, Row>; // province code -> columns
const tables = new Map<string, Table>(); // "<index>/<year>"

function put(index: string, year: number, province: string, values: Row, source: string, note?: string): void {
  const key = `${index}/${year}`;
  const table = tables.get(key) ?? new Map<string, Row>();
  tables.set(key, table);
  const row = table.get(province) ?? { province };
  for (const [k, v] of Object.entries(values)) {
    if (v === '' || v === undefined) continue;
    if (row[k] !== undefined && Number(row[k]) !== Number(v)) throw new Error(`${key} ${province} ${k}: ${row[k]} vs ${v} (${source})`);
    row[k] ??= v;
  }
  const ids = new Set((row.source ?? '').split(';').filter(Boolean));
  ids.add(source);
  row.source = [...ids].join(';');
  if (note && !(row.note ?? '').split(' / ').includes(note)) row.note = row.note ? `${row.note} / ${note}` : note;
  table.set(province, row);
}

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
const pick = (r: Row, cols: string[]) => Object.fromEntries(cols.map((c) => [c, r[c] ?? '']));

// PCI 2006–2016: VCCI workbooks, complete tables with ranks. Where a province page differs, the row says so.
const WORKBOOK_NOTES: Record<string, string> = {
  'quang-tri 2007': 'pcivietnam.vn province page gives rank 46; the workbook rank is kept',
  'quang-tri 2011': 'pcivietnam.vn province page gives rank 14 (business support 2.88, labour training 4.95); the workbook values are kept',
  'phu-tho 2013': 'pcivietnam.vn province page gives informal charges 8.31; the workbook value reproduces the published PCI',
  'ninh-thuan 2013': 'pcivietnam.vn province page gives informal charges 6.10; the workbook value reproduces the published PCI',
};
const workbook = read('pci/pci_2006_2016_subindices.csv');
const countByYear = new Map<string, number>();
for (const r of workbook) countByYear.set(r.year!, (countByYear.get(r.year!) ?? 0) + 1);
for (const r of workbook) {
  const year = Number(r.year);
  const province = code(r.province!, year);
  put(
    'pci',
    year,
    province,
    { pci: r.pci!, rank: r.rank!, rank_of: String(countByYear.get(r.year!)), ...pick(r, PCI_COLS) },
    'vcci-pci-workbooks',
    WORKBOOK_NOTES[`${province} ${year}`],
  );
}
// PCI 2017–2022 composites (2016 is in the workbooks already; the panel agrees there).
for (const r of read('pci/pci_2016_2022_overall.csv')) {
  const year = Number(r.year);
  if (year === 2016 || year === 2020) continue;
  put('pci', year, code(r.province_std!, year), { pci: r.pci! }, 'pci-panel-2016-2022');
}
for (const r of read('pci/pci_2020_ranking.csv')) {
  put('pci', 2020, code(r.province!, 2020), { pci: r.pci!, rank: r.rank!, rank_of: '63' }, 'pcivietnam-ranking-2020');
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
addSource({
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
for (const r of read('pci/pci_2017_2021_subindices.csv')) {
  const year = Number(r.year);
  put('pci', year, code(r.province_std!, year), { pci: roundText(r.pci!, 2), ...rounded(r) }, 'pci-subindices-2017-2021');
}
// PCI 2017–2018 official ranking (ranks as published: at 2-decimal ties they are not the order of unrounded scores).
addSource({
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
for (const r of read('pci/pci_2017_2018_ranking.csv')) {
  const year = Number(r.year);
  put('pci', year, code(r.province_std!, year), { pci: r.pci!, rank: r.rank!, rank_of: '63', tier: r.tier! }, 'pci-ranking-2017-2018');
}
// PAPI's percentile groups (data/groups.csv): the one published group size found, PAPI 2023's top group.
addSource({
  id: 'nvsk-vnanet-papi-2023',
  title: 'TTXVN infographic on PAPI 2023 (2 April 2024): "15 provinces/cities with the highest scores"',
  titleVi: 'Infographic TTXVN về PAPI 2023 (2/4/2024): "trong số 15 tỉnh/thành phố đạt điểm chỉ số cao nhất"',
  url: 'https://nvsk.vnanet.vn/print/infographics-papi-2023-thua-thien-hue-dat-diem-chi-so-cao-nhat-144407.vna',
  licence: 'not stated; quoted fact',
  note: 'the size of PAPI 2023 top percentile group (15 of the 61 provinces with scores)',
});
// PCI 2023: sub-indices of all 63 (the workbook has no composite; never computed: the 2022+ rule is unknown).
addSource({
  id: 'pci-2023-workbook',
  title: 'VCCI PCI 2023 data workbook (sheet Tổng hợp and the ten sub-index sheets with 142 base indicators), as kept in a student app repository',
  titleVi: 'Tệp số liệu PCI 2023 của VCCI (trang Tổng hợp và mười trang chỉ số thành phần với 142 chỉ tiêu cơ sở), lưu trong kho mã một ứng dụng của sinh viên',
  repository: 'ttuan8600/flask_test',
  path: 'raw data/pci.xlsx',
  commit: 'f72d0ef3511d527905068b389a432f8133c479c6',
  licence: 'none stated; data © VCCI / USAID PCI project',
  note: 'sub-indices rounded to the 2 decimals VCCI publishes; Quảng Trị equals its pcivietnam.vn page 10/10; year established by press checks (not stated in the repository)',
});
const subs2023 = read('pci/pci_2023_subindices.csv');
for (const r of subs2023) put('pci', 2023, code(r.province_std!, 2023), rounded(r), 'pci-2023-workbook');

// Province pages: ranks and sub-indices 2017+ (earlier years come from the workbooks; differences are in data/README.md).
const pageSource: Record<string, string> = { 'quang-tri': 'pcivietnam-quang-tri', 'phu-tho': 'pcivietnam-phu-tho', 'ninh-thuan': 'pcivietnam-ninh-thuan' };
for (const r of read('pci/pci_province_pages_subindices.csv')) {
  const year = Number(r.year);
  if (year <= 2016) continue;
  const province = code(r.province!, year);
  put('pci', year, province, { pci: r.pci!, rank: r.rank!, rank_of: r.rank ? '63' : '', ...pick(r, PCI_COLS.slice(0, 10)) }, pageSource[province]!);
  if (province === 'quang-tri' && year >= 2020 && year <= 2022) put('pci', year, province, {}, 'directive-quang-tri');
}

// PAPI: dimensions and reported totals, sub-dimensions, and quoted ranks.
const DIMS = components.filter((c) => c.index === 'papi' && c.kind === 'component' && c.period === '2018').map((c) => c.code);
for (const r of read('papi/papi_dimensions_2011_2024.csv')) {
  const year = Number(r.year);
  const values = { papi: r.papi_total_reported!, ...pick(r, DIMS) };
  if (Object.values(values).every((v) => v === '')) continue;
  put('papi', year, code(r.province!, year), values, 'papi-dimensions-extract');
}
const crosswalk = new Map(read('papi/papi_province_crosswalk.csv').map((r) => [r.province_code_subdim_file!, r.province!]));
for (const r of read('papi/papi_subdimensions_2011_2024.csv')) {
  const year = Number(r.year);
  const subs = Object.fromEntries(Object.entries(r).filter(([k]) => /^d\d_sub\d$/.test(k)));
  if (Object.values(subs).every((v) => v === '')) continue;
  put('papi', year, code(crosswalk.get(r.province_code!)!, year), subs, 'papi-subdimensions-extract');
}

/** Rows of a partial file (one stated figure per row): only ranks and, where no dataset value exists, values. */
function partial(index: string, path: string, compositeMetric: string, takeValues: boolean): void {
  for (const r of read(path)) {
    const year = Number(r.year);
    const province = code(r.province!, year);
    const directive = /Chỉ thị/.test(r.note ?? '');
    const note = r.note?.replace(/;?\s*rank also stated in Chỉ thị.*$|^Chỉ thị.*$/, '').trim() || undefined;
    const metric = r.metric!;
    const isComposite = metric === compositeMetric || metric.endsWith('_national') || metric.endsWith('_average');
    const values: Row = isComposite
      ? { rank: r.rank!, rank_of: r.rank_of!, ...(takeValues ? { [index === 'par-index' ? 'par_index' : 'sipas']: r.value! } : {}) }
      : { [`${metric}_rank`]: r.rank!, rank_of: r.rank ? r.rank_of! : '', ...(takeValues ? { [metric]: r.value! } : {}) };
    const source = r.source_url ? urlSource(r.source_url) : 'directive-quang-tri';
    put(index, year, province, values, source, note);
    if (directive && r.source_url) put(index, year, province, {}, 'directive-quang-tri');
  }
}
partial('papi', 'papi/papi_partial.csv', 'papi_total', false);
partial('par-index', 'par-index/par_index_partial.csv', 'par_index', true);
partial('sipas', 'sipas/sipas_partial.csv', 'sipas', true);

// Added after the partial files so that the source ids of those pages stay as they were.
// PCI 2018–2024 scores and ranks published one by one (tables, press); a rank only where the page states it.
addSource({
  id: 'pcivietnam-subindices-2019',
  title: 'VCCI, PCI 2019 sub-indices of 63 provinces/cities (table; rows 1–13 and 15–23)',
  titleVi: 'VCCI, chỉ số thành phần PCI 2019 của 63 tỉnh, thành phố (bảng; dòng 1–13 và 15–23)',
  url: 'https://pcivietnam.vn/en/pci-subindices-of-63-provincescities',
  licence: 'not stated (VCCI / USAID PCI project)',
});
addSource({
  id: 'pcivietnam-table-2021',
  title: 'VCCI, PCI 2021 table of provinces (Bảng chỉ số các tỉnh thành Việt Nam; rows 1–21)',
  titleVi: 'VCCI, bảng PCI 2021 của các tỉnh (Bảng chỉ số các tỉnh thành Việt Nam; dòng 1–21)',
  url: 'https://www.pcivietnam.vn/bang-chi-so-cac-tinh-thanh-viet-nam',
  licence: 'not stated (VCCI / USAID PCI project)',
});
for (const r of read('pci/pci_published_ranks_2018_2024.csv')) {
  const year = Number(r.year);
  const quote = r.source_quote ?? '';
  const notes = [r.rank_note ? `${r.rank_note}, rank not stated` : '', quote.startsWith('table row') || quote.startsWith('order of the') ? '' : quote].filter(
    Boolean,
  );
  const of63 = r.rank && /\/63|of 63|trên 63/.test(quote) ? '63' : '';
  put('pci', year, code(r.province_std!, year), { pci: r.pci!, rank: r.rank!, rank_of: of63 }, urlSource(r.source_url!), notes.join('; ') || undefined);
}

// Second search (after the PCI pages, so that earlier source ids stay as they were).
// PAR INDEX and SIPAS: one row per province-year of figures stated by a page (second search).
const PAR_AREAS: Record<string, string> = {
  direction_management: 'par_component_direction',
  institutional_reform: 'par_component_institutional_reform',
  admin_procedure_reform: 'par_component_administrative_procedure_reform',
  apparatus_reform: 'par_component_organisational_apparatus_reform',
  civil_service_reform: 'par_component_civil_service_reform',
  public_finance_reform: 'par_component_public_finance_reform',
  digital_government: 'par_component_e_government',
  reform_impact: 'par_component_impact',
};
/** The sources of a stated row: its page(s), and the directive where the figure was read there. */
function statedSources(r: Row): string[] {
  const ids = [r.source_url, r.source_url_2].filter((u): u is string => !!u).map((u) => urlSource(u));
  if (r.provenance === 'read_directive') ids.push('directive-quang-tri');
  return ids;
}
function stated(index: string, path: string, composite: string, areas: Record<string, string>): void {
  for (const r of read(path)) {
    const year = Number(r.year);
    const values: Row = { [composite]: r.composite!, rank: r.rank!, rank_of: r.rank_of! };
    for (const [col, ours] of Object.entries(areas)) {
      values[ours] = r[`${col}_pts`] ?? '';
      values[`${ours}_rank`] = r[`${col}_rank`] ?? '';
    }
    const hasFigure = Object.entries(values).some(([k, v]) => k !== 'rank_of' && v !== '');
    if (!hasFigure) continue; // a province only named in a list ("among the lowest"): no figure to bundle
    const unit = r.composite_unit && r.composite_unit !== 'percent' ? `value in ${r.composite_unit}` : '';
    // The directive is cited as a source (statedSources), so its long title is not repeated in the note.
    const own = r.note?.replace(/(^|;\s*)rank( \d+\/\d+)? read in Chỉ thị.*$/, '').trim();
    const note = [own, unit].filter(Boolean).join('; ') || undefined;
    const [first, ...more] = statedSources(r);
    put(index, year, code(r.province!, year), values, first!, note);
    for (const id of more) put(index, year, code(r.province!, year), {}, id);
  }
}
stated('par-index', 'par-index/par_index_province_year_stated.csv', 'par_index', PAR_AREAS);
stated('sipas', 'sipas/sipas_province_year_stated.csv', 'sipas', {}); // factor columns are empty: no province factor scores are published
/** National figures of the aggregate files that fit a column: means of the 63 provinces, national values. */
function aggregates(index: string, path: string, map: Record<string, [string, string]>): void {
  for (const r of read(path)) {
    const target = map[r.aggregate!];
    if (!target || r.unit !== 'percent') continue; // counts, ranges, regional means and approximate figures have no column
    const [unit, column] = target;
    const [first, ...more] = statedSources(r);
    put(index, Number(r.year), unit, { [column]: r.value! }, first!, r.note || undefined);
    for (const id of more) put(index, Number(r.year), unit, {}, id);
  }
}
aggregates('par-index', 'par-index/par_index_aggregates_stated.csv', { mean_63_provinces: ['vn-average', 'par_index'] });
aggregates('sipas', 'sipas/sipas_aggregates_stated.csv', {
  national: ['vn', 'sipas'],
  national_access: ['vn', 'sipas_access'],
  national_procedures: ['vn', 'sipas_procedures'],
  national_civil_servants: ['vn', 'sipas_civil_servants'],
  national_service_results: ['vn', 'sipas_results'],
  national_feedback_handling: ['vn', 'sipas_feedback_handling'],
  national_policy_satisfaction: ['vn', 'sipas_policy'],
});
// PAPI press figures (second search): ranks only, and PAPI's national average; where a press score
// differs from the extract, the extract's value is kept and the row's note says so.
{
  const notes = new Map<string, { year: number; province: string; url: string; conflicts: string[] }>();
  for (const r of read('papi/papi_press_figures_2.csv')) {
    const year = Number(r.year);
    const url = r.source_url!;
    if (r.metric === 'papi_national_average') {
      put(
        'papi',
        year,
        'vn',
        { papi: r.value! },
        urlSource(url),
        `PAPI national average (not the mean of the provincial totals)${r.note ? `; ${r.note}` : ''}`,
      );
      continue;
    }
    const province = code(r.province!, year);
    const total = r.metric === 'papi_total' || r.metric === 'papi_total_6dim';
    if (r.rank)
      put('papi', year, province, total ? { rank: r.rank, rank_of: r.rank_of! } : { [`${r.metric}_rank`]: r.rank, rank_of: r.rank_of! }, urlSource(url));
    if (r.check_result === 'CONFLICT') {
      const key = `${year} ${province} ${url}`;
      const entry = notes.get(key) ?? { year, province, url, conflicts: [] };
      entry.conflicts.push(`${total ? 'total' : r.metric!.replace(/_.*/, '').toUpperCase()} ${r.value} vs ${r.dataset_value}`);
      notes.set(key, entry);
    }
  }
  for (const { year, province, url, conflicts } of notes.values()) {
    put('papi', year, province, {}, urlSource(url), `CONFLICT: ${new URL(url).hostname} gives ${conflicts.join(', ')} (press vs extract); the extract is kept`);
  }
}

// ---- write ---------------------------------------------------------------------------------
const COMPOSITE: Record<string, string> = { pci: 'pci', papi: 'papi', 'par-index': 'par_index', sipas: 'sipas' };
/** Columns of a year file: identity, composite and rank, then the components of that year's period in data order. */
function columnOrder(index: string, year: number): string[] {
  const period = periods.find((p) => p.index === index && p.from_year <= year && year <= p.to_year)!.period;
  const own = components.filter((c) => c.index === index && c.period === period);
  const ranks = own.filter((c) => c.kind === 'component').map((c) => `${c.code}_rank`);
  return ['province', COMPOSITE[index]!, 'rank', 'rank_of', 'tier', ...own.map((c) => c.code), ...ranks, 'source', 'note'];
}

for (const index of ['pci', 'papi', 'par-index', 'sipas']) rmSync(join(OUT, index), { recursive: true, force: true });
for (const [key, table] of [...tables].sort(([a], [b]) => a.localeCompare(b))) {
  const [index, year] = key.split('/') as [string, string];
  const rows = [...table.values()];
  const all = columnOrder(index, Number(year));
  for (const r of rows)
    for (const k of Object.keys(r)) if (!all.includes(k) && r[k] !== '') throw new Error(`${key} ${r.province}: column ${k} is not in the period's components`);
  const order = all.filter((c) => rows.some((r) => r[c] !== undefined && r[c] !== ''));
  const unit = (r: Row) => registry.byCode.get(r.province!)!;
  const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));
  // Provinces before aggregates; then by published rank, then by score (descending), then by name.
  const sorted = rows.sort(
    (a, b) =>
      Number(unit(a).kind === 'aggregate') - Number(unit(b).kind === 'aggregate') ||
      (num(a.rank) ?? Infinity) - (num(b.rank) ?? Infinity) ||
      (num(b[COMPOSITE[index]!]) ?? -1) - (num(a[COMPOSITE[index]!]) ?? -1) ||
      unit(a).nameVi.localeCompare(unit(b).nameVi, 'vi'),
  );
  const out = sorted.map((r) => order.map((c) => (c === 'province' ? unit(r).nameVi : (r[c] ?? ''))));
  mkdirSync(join(OUT, index), { recursive: true });
  writeFileSync(join(OUT, index, `${year}.csv`), Papa.unparse({ fields: order, data: out }, { newline: '\n' }) + '\n');
}
// ---- PCI 2023 base indicators ---------------------------------------------------------------
// The 142 indicators of the ten sub-index sheets, values as stored (shares 0–1, medians in days, …).
// Direction is read from each indicator's wording; the sign of its correlation with its parent
// sub-index across the 63 provinces is recorded next to it, and a disagreement is flagged.
const LOWER_BETTER: Record<string, string> = {
  entry_costs: 'c d e q r s t u',
  land_access: 'c e f g h i j k o p',
  transparency: 'g l m n',
  time_costs: 'c m n o p',
  informal_charges: 'c d e g h i j k l m n o p q r',
  policy_bias: 'd e f g h i j k l m',
  proactivity: 'd e h',
  business_support: '',
  labor_policy: 'f g',
  legal_institutions: 'r t',
};
const WHY: Record<string, string> = {
  informal_charges_d:
    'share of firms whose informal payment got the expected result: a measure of paying informal charges, read as lower is better (ambiguous: it may also be read as predictability)',
  informal_charges_f: 'agreement that informal charges are at an acceptable level: read as higher is better (lighter burden)',
  labor_policy_f: 'share of business costs spent on recruitment: a cost, lower is better',
  labor_policy_g: 'share of business costs spent on training: a cost, lower is better (ambiguous: it may also be read as investment in training)',
  legal_institutions_n: 'disputes of non-state firms taken to the provincial economic court per 100 firms: use of the courts, higher is better',
  business_support_n: 'service providers per firm: higher is better',
  business_support_o: 'share of private and foreign providers: higher is better',
};
function indicatorUnit(text: string, values: number[]): string {
  if (/ngày/i.test(text)) return 'days (median)';
  if (/giờ/i.test(text)) return 'hours (median)';
  if (/1=/.test(text)) return 'scale 1–5 (mean)';
  if (/website của tỉnh - Điều chỉnh/.test(text)) return 'score (website quality)';
  if (/Điểm thi trung bình/.test(text)) return 'points out of 10 (mean exam score)';
  if (/trên 100 doanh nghiệp/.test(text)) return 'cases per 100 firms';
  if (/%/.test(text)) return values.every((v) => v >= 0 && v <= 1) ? 'share (0–1)' : 'percent';
  throw new Error(`no unit for indicator "${text}"`);
}
const indicatorRows = read('pci/pci_2023_indicators.csv');
const parentValue = new Map(subs2023.map((r) => [r.province_std!, r]));
const indicators = new Map<string, { parent: string; name: string; values: Map<string, string> }>();
for (const r of indicatorRows) {
  const id = `${r.sub_index}_${r.column!.toLowerCase()}`;
  const ind = indicators.get(id) ?? { parent: r.sub_index!, name: r.indicator!, values: new Map<string, string>() };
  if (ind.name !== r.indicator || ind.parent !== r.sub_index) throw new Error(`indicator ${id}: two headers`);
  if (ind.values.has(r.province_std!)) throw new Error(`indicator ${id}: ${r.province} twice`);
  ind.values.set(r.province_std!, r.value!);
  indicators.set(id, ind);
}
const defRows: string[][] = [];
const valueRows: string[][] = [];
const disagreements: string[] = [];
for (const [id, ind] of indicators) {
  if (ind.values.size !== 63) throw new Error(`indicator ${id}: ${ind.values.size} provinces`);
  const provinces = [...ind.values.keys()];
  const x = provinces.map((p) => Number(ind.values.get(p)));
  const y = provinces.map((p) => Number(parentValue.get(p)![ind.parent]));
  const r = sampleCorrelation(x, y);
  const col = id.slice(ind.parent.length + 1);
  const lower = LOWER_BETTER[ind.parent]!.split(' ').includes(col);
  const direction = lower ? 'lower-better' : 'higher-better';
  const agrees = lower ? r < 0 : r > 0;
  const why =
    WHY[id] ?? (lower ? 'wording: a burden, delay, risk or bad practice (lower is better)' : 'wording: a favourable assessment or outcome (higher is better)');
  const basis = `${why}; correlation with ${ind.parent} across 63 provinces r = ${r.toFixed(2)}, ${agrees ? 'agrees' : 'DISAGREES'}`;
  if (!agrees) disagreements.push(`${id} (${direction}, r = ${r.toFixed(2)})`);
  defRows.push(['pci', '2023', id, ind.parent, ind.name, '', indicatorUnit(ind.name, x), direction, basis, 'pci-2023-workbook']);
  for (const p of provinces) valueRows.push(['pci', '2023', registry.byCode.get(code(p, 2023))!.nameVi, id, ind.values.get(p)!]);
}
valueRows.sort((a, b) => a[2]!.localeCompare(b[2]!, 'vi'));
writeFileSync(
  join(OUT, 'indicators.csv'),
  Papa.unparse(
    { fields: ['index', 'year', 'code', 'parent', 'name_vi', 'name_en', 'unit', 'direction', 'direction_basis', 'source'], data: defRows },
    { newline: '\n' },
  ) + '\n',
);
writeFileSync(
  join(OUT, 'indicator-values.csv'),
  Papa.unparse({ fields: ['index', 'year', 'province', 'code', 'value'], data: valueRows }, { newline: '\n' }) + '\n',
);
console.log(
  `wrote ${defRows.length} indicator definitions and ${valueRows.length} values; direction and correlation disagree for ${disagreements.length}: ${disagreements.join(', ')}`,
);

const sourceFields = ['id', 'title', 'titleVi', 'url', 'repository', 'path', 'commit', 'licence', 'note'];
writeFileSync(
  join(OUT, 'sources.csv'),
  Papa.unparse(
    {
      fields: sourceFields.map((f) => (f === 'titleVi' ? 'title_vi' : f)),
      data: [...sources.values()].map((s) => sourceFields.map((f) => s[f as keyof SourceDef] ?? '')),
    },
    { newline: '\n' },
  ) + '\n',
);
console.log(`wrote ${tables.size} year files and ${sources.size} sources to ${OUT}`);
