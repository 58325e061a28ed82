import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { sampleCorrelation } from 'simple-statistics';
import type { Build } from './build.js';

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

/** Writes data/indicators.csv and data/indicator-values.csv from the PCI 2023 indicator sheets. */
export function writeIndicators(b: Build, out: string): void {
  const subs2023 = b.read('pci/pci_2023_subindices.csv');
  const indicatorRows = b.read('pci/pci_2023_indicators.csv');
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
      WHY[id] ??
      (lower ? 'wording: a burden, delay, risk or bad practice (lower is better)' : 'wording: a favourable assessment or outcome (higher is better)');
    const basis = `${why}; correlation with ${ind.parent} across 63 provinces r = ${r.toFixed(2)}, ${agrees ? 'agrees' : 'DISAGREES'}`;
    if (!agrees) disagreements.push(`${id} (${direction}, r = ${r.toFixed(2)})`);
    defRows.push(['pci', '2023', id, ind.parent, ind.name, '', indicatorUnit(ind.name, x), direction, basis, 'pci-2023-workbook']);
    for (const p of provinces) valueRows.push(['pci', '2023', b.registry.byCode.get(b.code(p, 2023))!.nameVi, id, ind.values.get(p)!]);
  }
  valueRows.sort((a, b) => a[2]!.localeCompare(b[2]!, 'vi'));
  writeFileSync(
    join(out, 'indicators.csv'),
    Papa.unparse(
      { fields: ['index', 'year', 'code', 'parent', 'name_vi', 'name_en', 'unit', 'direction', 'direction_basis', 'source'], data: defRows },
      { newline: '\n' },
    ) + '\n',
  );
  writeFileSync(
    join(out, 'indicator-values.csv'),
    Papa.unparse({ fields: ['index', 'year', 'province', 'code', 'value'], data: valueRows }, { newline: '\n' }) + '\n',
  );
  console.log(
    `wrote ${defRows.length} indicator definitions and ${valueRows.length} values; direction and correlation disagree for ${disagreements.length}: ${disagreements.join(', ')}`,
  );
}
