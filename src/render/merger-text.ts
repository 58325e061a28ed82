import type { MergerComparison } from '../analysis/merger.js';
import type { View } from '../i18n/view.js';
import type { Definitions } from '../model/definitions.js';
import type { Block } from './doc.js';
import { provinceName } from './format.js';

/** Labels of the merger parts of `chiso trend`. */
export const MERGER = {
  vi: {
    percentile: 'Phân vị',
    equivalent: (eq: string) => `≈${eq}`,
    equivalentNote: (mark: string) =>
      `${mark}: ở năm đầu của đơn vị sau sáp nhập, cột ± Hạng ghi hạng tương đương của năm có hạng gần nhất trước đó (hạng có cùng phân vị trên số đơn vị xếp hạng năm đó) — suy ra từ phân vị, không phải hạng công bố; hai đơn vị khác nhau nên không tính chênh lệch bậc.`,
    membersTitle: (unit: string) => `Hợp nhất vào ${unit} từ 01/07/2025 (số liệu đến 2024; trong ngoặc: phân vị)`,
    predecessor: (member: string, unit: string) => `${member} (đến 2024; từ 01/07/2025 thuộc ${unit})`,
    title: 'So sánh qua sáp nhập (2024 → 2025, theo phân vị)',
    unitChanged: (unit: string, members: string) => `khác đơn vị: ${unit} từ 2025 gồm ${members}; không so sánh điểm hay hạng, chỉ so phân vị`,
    unitLine: (index: string, unit: string, year: number, rank: string, p: number) => `${index}: ${unit} năm ${year} hạng ${rank}, phân vị ${p}`,
    noUnit: (index: string, unit: string) => `${index}: ${unit} chưa có hạng từ 2025`,
    memberLine: (member: string, year: number, rank: string, p: number, eq: string, change: string) =>
      `${member} năm ${year} hạng ${rank}, phân vị ${p}, hạng tương đương ${eq} (suy ra từ phân vị, không phải hạng công bố)${change}`,
    change: (d: string) => `; thay đổi phân vị ${d}`,
  },
  en: {
    percentile: 'Percentile',
    equivalent: (eq: string) => `≈${eq}`,
    equivalentNote: (mark: string) =>
      `${mark}: in the first year of a merged unit, the ± rank column gives the equivalent rank of the latest ranked year before it (the rank with the same percentile out of that year's N) — derived from the percentile, not a published rank; the units differ, so no change in places is computed.`,
    membersTitle: (unit: string) => `Merged into ${unit} on 1 July 2025 (data to 2024; in brackets: percentile)`,
    predecessor: (member: string, unit: string) => `${member} (to 2024; part of ${unit} from 1 July 2025)`,
    title: 'Across the merger (2024 → 2025, by percentile)',
    unitChanged: (unit: string, members: string) => `unit changed: ${unit} from 2025 is ${members}; scores and ranks are not compared, only percentiles`,
    unitLine: (index: string, unit: string, year: number, rank: string, p: number) => `${index}: ${unit} in ${year} ranked ${rank}, percentile ${p}`,
    noUnit: (index: string, unit: string) => `${index}: ${unit} has no rank from 2025 yet`,
    memberLine: (member: string, year: number, rank: string, p: number, eq: string, change: string) =>
      `${member} in ${year} ranked ${rank}, percentile ${p}, equivalent rank ${eq} (derived from the percentile, not a published rank)${change}`,
    change: (d: string) => `; percentile change ${d}`,
  },
};

/** A percentile (0–1) as people read it: 0–100. */
export function pct(p: number): number {
  return Math.round(p * 100);
}

/** The merger comparison: one list per index with the unit's first rank from 2025 and each member's last before it. */
export function mergerBlocks(mergers: MergerComparison[], defs: Definitions, view: View): Block[] {
  const t = view.pick(MERGER);
  // Only once the unit has a rank of its own: before that there is nothing to compare.
  const shown = mergers.filter((m) => m.members.length > 0 && m.rank !== null);
  if (shown.length === 0) return [];
  const items: string[] = [];
  for (const m of shown) {
    const index = defs.indices.get(m.index)?.shortName ?? m.index;
    const unit = provinceName(defs, m.unit, view);
    const members = m.formedFrom.map((x) => provinceName(defs, x, view)).join(', ');
    const head = m.rank && m.year !== null ? t.unitLine(index, unit, m.year, `${m.rank.rank}/${m.rank.of}`, pct(m.rank.percentile)) : t.noUnit(index, unit);
    const lines = m.members.map((x) =>
      t.memberLine(
        provinceName(defs, x.member, view),
        x.year,
        `${x.rank}/${x.of}`,
        pct(x.percentile),
        `${x.equivalentRank}/${m.rank?.of ?? 34}`,
        x.percentileChange === null ? '' : t.change(view.delta(pct(x.percentileChange), 0)),
      ),
    );
    items.push(`${head} (${t.unitChanged(unit, members)}). ${lines.join('; ')}.`);
  }
  return [
    { kind: 'heading', level: 2, text: t.title },
    { kind: 'list', items },
  ];
}

/** Former members' series as one line each ("Quảng Bình (đến 2024; …): PCI 2020 52/63 (phân vị 18); …"), for the report. */
export function predecessorBlocks(
  predecessors: {
    unit: string;
    successor: string;
    indices: { index: string; years: { year: number; rank: { rank: number; of: number; percentile: number } | null }[] }[];
  }[],
  defs: Definitions,
  view: View,
): Block[] {
  const t = view.pick(MERGER);
  const items = predecessors.flatMap((p) => {
    const parts = p.indices.flatMap((h) => {
      const ranked = h.years.filter((y) => y.rank !== null);
      if (ranked.length === 0) return [];
      return [
        `${defs.indices.get(h.index)?.shortName ?? h.index} ${ranked.map((y) => `${y.year} ${y.rank!.rank}/${y.rank!.of} (${pct(y.rank!.percentile)})`).join(', ')}`,
      ];
    });
    // The heading names the unit they joined and the date, so each line only names the former province.
    return parts.length === 0 ? [] : [`${provinceName(defs, p.unit, view)}: ${parts.join('; ')}.`];
  });
  return items.length === 0
    ? []
    : [
        { kind: 'heading', level: 2, text: t.membersTitle([...new Set(predecessors.map((p) => provinceName(defs, p.successor, view)))].join(', ')) },
        { kind: 'list', items },
      ];
}
