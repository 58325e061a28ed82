import type { TopList } from '../../analysis/best-practice.js';
import type { NaReason } from '../../analysis/na.js';
import { yearRuns } from '../../model/lookup.js';
import type { ProposalItem, ProposalSheet, ProposalsResult } from './result.js';
import { COMMON } from '../../i18n/common.js';
import { BASIS_LABELS } from '../../i18n/basis.js';
import { GAPS } from '../../i18n/gaps.js';
import { naText, reportReasonText } from '../../i18n/reasons.js';
import { PROPOSALS } from './labels.js';
import { targetsOfItem, withTargets } from './targets-column.js';
import { RANKS } from '../../i18n/ranks.js';
import type { View } from '../../i18n/view.js';
import { INDICATORS } from '../../i18n/indicators.js';
import { weakIndicatorLine } from '../../render/indicator-format.js';
import type { Definitions } from '../../model/definitions.js';
import type { Block, Cell, Doc } from '../../render/doc.js';
import { changeText, measureName, num, provinceName, rankText, signed } from '../../render/format.js';
import { breakNotes } from '../../render/gap-notes.js';
import { bodiesText, focalBlocks, noDataLines, sheetDates, withoutData } from './sheet-parts.js';

/**
 * The proposal sheets as a document: a short preface, then per department an overview table of its
 * components and, for each, the province's standing, the best-practice provinces, the assignment
 * and a blank table of proposed solutions.
 */
export function proposalsDoc(result: ProposalsResult, defs: Definitions, view: View): Doc {
  const t = view.pick(PROPOSALS);
  const nameOf = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  const unit = [...result.indices].reverse().find((i) => i.province !== null)?.province ?? result.units[result.units.length - 1]!;
  const doc: Block[] = [
    { kind: 'heading', level: 1, text: t.title(provinceName(defs, unit, view)) },
    { kind: 'paragraph', text: t.intro },
  ];

  const years = result.indices.filter((i) => i.reason === null).map((i) => `${nameOf(i.index)} ${i.year}`);
  const preface = [
    years.length > 0 ? t.years(`${years.join(', ')}${result.year === null ? ` (${t.yearsDefault})` : ''}`) : '',
    ...result.indices.filter((i) => i.reason !== null).map((i) => t.noIndex(nameOf(i.index), reportReasonText(i.reason!, view.lang, nameOf, yearRuns))),
    t.benchmarks(result.top),
  ].filter(Boolean);
  doc.push({ kind: 'paragraph', text: preface.join(' ') });

  if (result.sheets.length === 0) doc.push({ kind: 'paragraph', text: t.noSheets });
  for (const sheet of result.sheets) doc.push(...sheetBlocks(sheet, defs, view, result));
  doc.push({ kind: 'paragraph', text: t.file(result.departmentsFile) });
  return doc;
}

function sheetBlocks(sheet: ProposalSheet, defs: Definitions, view: View, result: ProposalsResult): Block[] {
  const t = view.pick(PROPOSALS);
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: sheet.department, sheet: true }];
  const dates = sheetDates(sheet, result.asOf, defs, view);
  if (dates) blocks.push({ kind: 'paragraph', text: dates });
  if (sheet.items.length === 0) {
    blocks.push({ kind: 'paragraph', text: t.noItems(sheet.department) });
    return blocks;
  }
  blocks.push({ kind: 'paragraph', text: [t.counts(sheet.led, sheet.coordinated), ...noDataLines(sheet, defs, view)].join(' ') });
  const shown = sheet.items.filter((i) => !withoutData(i));
  if (shown.length === 0) return blocks;
  const c = view.pick(COMMON);
  blocks.push({
    kind: 'table',
    columns: [
      { label: t.index },
      { label: t.component },
      { label: t.role },
      { label: c.score, align: 'right' },
      { label: c.rank, align: 'right' },
      { label: t.gapMedian, align: 'right' },
      { label: t.gapBest, align: 'right' },
      { label: t.trend, align: 'right' },
    ],
    rows: shown.map((i): Cell[] => {
      const p = defs.indices.get(i.index)?.precision ?? 2;
      return [
        `${defs.indices.get(i.index)?.shortName ?? i.index} ${i.year}`,
        itemName(i, defs, view),
        t.roles[i.role],
        num(i.score, p, view),
        rankText(i.rank, view),
        signed(i.gapToMedian, p, view),
        signed(i.gapToBest, p, view),
        trendCell(i, p, view),
      ];
    }),
  });
  for (const item of shown)
    blocks.push(
      ...withTargets(itemBlocks(item, defs, view, result.groups), result.targets && targetsOfItem(result.targets, sheet.department, item), defs, view),
    );
  return blocks;
}

function itemBlocks(item: ProposalItem, defs: Definitions, view: View, groups: string[]): Block[] {
  const t = view.pick(PROPOSALS);
  const def = defs.indices.get(item.index)!;
  const p = def.precision;
  const lines: string[] = [];
  const bestWho = item.best.provinces.length > 0 ? ` (${item.best.provinces.map((x) => provinceName(defs, x, view)).join(', ')})` : '';
  // With nothing to show, the missing-value note below says why.
  const any = item.score !== null || item.rank !== null || item.median.value !== null || item.best.value !== null;
  if (any)
    lines.push(
      `${t.result}: ${t.resultText(num(item.score, p, view), rankText(item.rank, view), num(item.median.value, p, view), num(item.best.value, p, view) + (item.best.value === null ? '' : bestWho))}.`,
    );
  const ch = item.change;
  if (ch && (ch.delta !== null || ch.places !== null)) {
    lines.push(`${t.trendSince(ch.fromYear)}: ${trendCell(item, p, view)}.`);
    if (ch.delta !== null) lines.push(...breakNotes([item], item.year, view).map((n) => `${n}.`));
  }
  lines.push(...missingNotes(item, defs, view));
  if (item.indicators.length > 0) lines.push(`${view.pick(INDICATORS).weakLine}: ${item.indicators.map((g) => weakIndicatorLine(g, view)).join('; ')}.`);
  lines.push(`${t.national}: ${topText(item.bestPractice.national, p, defs, view)}.`);
  const region = item.bestPractice.region.region === null ? undefined : defs.regions.get(item.bestPractice.region.region);
  lines.push(`${region ? t.region(view.name(region)) : t.regionPlain}: ${topText(item.bestPractice.region, p, defs, view)}.`);
  const a = item.assignment;
  lines.push(`${t.leadBy}: ${bodiesText(a.lead, groups, view)}.`);
  if (a.coordinating.length > 0) lines.push(`${t.coordinatedBy}: ${bodiesText(a.coordinating, groups, view)}.`);
  lines.push(`${t.basis}: ${view.pick(BASIS_LABELS)[a.basis]}${a.source ? ` (${t.source}: ${a.source})` : ''}.`);
  return [
    { kind: 'heading', level: 3, text: `${t.roleHeading[item.role]}: ${def.shortName} ${item.year} — ${itemName(item, defs, view)}` },
    ...focalBlocks(item, defs, view),
    { kind: 'list', items: lines },
    { kind: 'paragraph', text: t.solutions },
    blankForm(view),
  ];
}

/** The blank table of solutions; on paper (HTML, Word) the full form, with the objective and the person in charge. */
function blankForm(view: View): Block {
  const t = view.pick(PROPOSALS);
  const labels = view.print ? [t.goal, t.solution, t.deadline, t.partners, t.owner] : [t.solution, t.deadline, t.partners];
  return {
    kind: 'table',
    columns: [{ label: '#', align: 'right' }, ...labels.map((label) => ({ label }))],
    rows: Array.from({ length: t.blankRows }, (_, i) => [String(i + 1), ...labels.map(() => '')]),
  };
}

/**
 * One sentence per reason why numbers are missing ("Không có hạng, trung vị, điểm cao nhất: chỉ 1/63
 * tỉnh có dữ liệu …"); without a score, only that (everything else follows from it).
 */
function missingNotes(item: ProposalItem, defs: Definitions, view: View): string[] {
  const t = view.pick(PROPOSALS);
  const nameOf = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  const pairs: [string, NaReason][] = item.na.score
    ? [[t.fields.score, item.na.score]]
    : [
        ...(item.na.rank ? [[t.fields.rank, item.na.rank] as [string, NaReason]] : []),
        ...(item.na.benchmark ? [[t.fields.median, item.na.benchmark] as [string, NaReason]] : []),
        ...(item.naBest ? [[t.fields.best, item.naBest] as [string, NaReason]] : []),
        ...(item.na.gap && !item.na.benchmark ? [[t.fields.gap, item.na.gap] as [string, NaReason]] : []),
        ...(item.na.change ? [[t.fields.change, item.na.change] as [string, NaReason]] : []),
      ];
  const groups = new Map<string, string[]>();
  for (const [field, reason] of pairs) {
    const text = naText(reason, view.lang, nameOf);
    groups.set(text, [...(groups.get(text) ?? []), field]);
  }
  return [...groups].map(([reason, fields]) => view.pick(GAPS).missing(fields.join(', '), reason, ''));
}

/** The change since the previous year: score change and places ("+0,52 (↑3 bậc)"), places alone without scores, or n/a. */
function trendCell(item: ProposalItem, decimals: number, view: View): string {
  const ch = item.change;
  if (ch && ch.delta === null && ch.places !== null) return view.pick(RANKS).places(ch.places);
  return changeText(item, decimals, view);
}

/** "Đà Nẵng 7,12; Bình Dương 7,05; Quảng Ninh 6,98", or n/a with the reason. */
function topText(list: TopList, decimals: number, defs: Definitions, view: View): string {
  const nameOf = (id: string) => defs.indices.get(id)?.shortName ?? provinceName(defs, id, view);
  if (list.reason) return `${view.pick(COMMON).notAvailable} (${naText(list.reason, view.lang, nameOf)})`;
  return list.provinces.map((x) => `${provinceName(defs, x.province, view)} ${view.num(x.score, decimals)}`).join('; ');
}

function itemName(item: ProposalItem, defs: Definitions, view: View): string {
  if (item.kind === 'composite') return view.pick(PROPOSALS).composite(defs.indices.get(item.index)?.shortName ?? item.index);
  return measureName(defs, item.index, item.year, item.component, view);
}
