import type { ProposalItem, ProposalSheet } from './result.js';
import { AS_OF, dayText } from '../../i18n/as-of.js';
import { COMMON } from '../../i18n/common.js';
import { PROPOSALS } from './labels.js';
import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import type { Block } from '../../render/doc.js';
import { measureName, num, rankText, signed } from '../../render/format.js';

/** Whether an item is a component the province has no value for: it goes into the one "no data" line, not a block. */
export function withoutData(item: ProposalItem): boolean {
  return item.kind === 'component' && item.score === null;
}

/** "Số liệu năm 2023; phân công tại ngày 01/12/2026." for a sheet (years per index when they differ). */
export function sheetDates(sheet: ProposalSheet, asOf: string | null, defs: Definitions, view: View): string | undefined {
  if (asOf === null) return undefined;
  const pairs = [...new Map(sheet.items.map((i) => [i.index, i.year])).entries()];
  const years = new Set(pairs.map(([, y]) => y));
  const data = years.size === 1 ? String([...years][0]) : pairs.map(([i, y]) => `${y} (${defs.indices.get(i)?.shortName ?? i})`).join(', ');
  return pairs.length === 0 ? view.pick(AS_OF).assigned(dayText(asOf, view.lang)) : view.pick(AS_OF).both(data, dayText(asOf, view.lang));
}

/** One line per index-year listing the components without data ("Không có số liệu năm 2023 (PCI): …"). */
export function noDataLines(sheet: ProposalSheet, defs: Definitions, view: View): string[] {
  const t = view.pick(PROPOSALS);
  const groups = new Map<string, ProposalItem[]>();
  for (const i of sheet.items.filter(withoutData)) groups.set(`${i.index} ${i.year}`, [...(groups.get(`${i.index} ${i.year}`) ?? []), i]);
  return [...groups.values()].map((items) => {
    const { index, year } = items[0]!;
    const names = items.map((i) => `${measureName(defs, index, year, i.component, view)} (${t.roles[i.role]})`);
    return t.noData(year, defs.indices.get(index)?.shortName ?? index, names.join('; '));
  });
}

/** The focal point's opening: latest score and latest rank of the composite, then every component of the index. */
export function focalBlocks(item: ProposalItem, defs: Definitions, view: View): Block[] {
  if (!item.standing) return [];
  const t = view.pick(PROPOSALS);
  const def = defs.indices.get(item.index)!;
  const { latestScore: s, latestRank: r } = item.standing;
  const parts: string[] = [];
  if (s)
    parts.push(
      t.standingScore(num(s.score, def.precision, view), s.year) +
        (s.rank === null ? ` (${t.noRankThatYear})` : `, ${t.standingRank(rankText(s.rank, view), s.year)}`),
    );
  if (r && r.year !== s?.year) parts.push(t.standingRank(rankText(r.rank, view), r.year));
  const blocks: Block[] = [{ kind: 'paragraph', text: t.standing(def.shortName, parts.length > 0 ? parts.join('; ') : t.noStanding) }];
  const lines = item.components ?? [];
  if (lines.length > 0) {
    const c = view.pick(COMMON);
    blocks.push({ kind: 'paragraph', text: `${t.componentsOf(def.shortName, item.year)}:` });
    blocks.push({
      kind: 'table',
      columns: [{ label: t.component }, { label: c.score, align: 'right' }, { label: c.rank, align: 'right' }, { label: t.gapMedian, align: 'right' }],
      rows: lines.map((l) => [
        measureName(defs, item.index, item.year, l.code, view),
        num(l.score, def.precision, view),
        rankText(l.rank, view),
        signed(l.gapToMedian, def.precision, view),
      ]),
    });
  }
  return blocks;
}

/** A list of bodies with the groups among them marked ("các sở, ngành (nhóm cơ quan, …)"). */
export function bodiesText(names: string[], groups: string[], view: View): string {
  return names.map((n) => (groups.includes(n) ? `${n} (${view.pick(AS_OF).group})` : n)).join('; ');
}
