import type { MergerComparison } from '../../analysis/merger.js';
import type { View } from '../../i18n/view.js';
import type { Definitions } from '../../model/definitions.js';
import type { Block } from '../../render/doc.js';
import { provinceName } from '../../render/format.js';

const LABELS = {
  vi: {
    title: (from: number, to: number) => `So sánh theo thành phần sáp nhập (${from} → ${to}, chỉ theo phân vị)`,
    unit: (to: number) => `Đơn vị ${to}`,
    rankTo: (to: number) => `Hạng ${to}`,
    pTo: (to: number) => `Phân vị ${to}`,
    members: (from: number) => `Tỉnh trước sáp nhập (${from}): hạng, phân vị, hạng tương đương (suy ra)`,
    member: (name: string, rank: string, p: number, eq: string, d: string) => `${name} ${rank}, phân vị ${p}, ≈${eq}, ${d}`,
    none: 'không có hạng',
    unranked: (name: string, from: number) => `${name} không có hạng ${from}`,
    note: 'Hạng tương đương = hạng trên 34 đơn vị có cùng phân vị, suy ra, không phải hạng công bố; không so sánh điểm hay hạng giữa hai đơn vị khác nhau.',
  },
  en: {
    title: (from: number, to: number) => `By members of the merged units (${from} → ${to}, percentiles only)`,
    unit: (to: number) => `Unit ${to}`,
    rankTo: (to: number) => `Rank ${to}`,
    pTo: (to: number) => `Percentile ${to}`,
    members: (from: number) => `Former provinces (${from}): rank, percentile, equivalent rank (derived)`,
    member: (name: string, rank: string, p: number, eq: string, d: string) => `${name} ${rank}, percentile ${p}, ≈${eq}, ${d}`,
    none: 'no rank',
    unranked: (name: string, from: number) => `${name} no ${from} rank`,
    note: 'Equivalent rank = the rank out of 34 with the same percentile, derived, not a published rank; scores and ranks of different units are not compared.',
  },
};

/** The table of units against their members across the 2025 merger. */
export function byMembersBlocks(list: MergerComparison[] | null, fromYear: number, toYear: number, defs: Definitions, view: View): Block[] {
  if (list === null || list.length === 0) return [];
  const t = view.pick(LABELS);
  const pct = (p: number) => Math.round(p * 100);
  const rows = list.map((m) => [
    provinceName(defs, m.unit, view),
    m.rank ? `${m.rank.rank}/${m.rank.of}` : '—',
    m.rank ? String(pct(m.rank.percentile)) : '—',
    m.formedFrom.length === 0
      ? t.none
      : [
          ...m.members.map((x) =>
            t.member(
              provinceName(defs, x.member, view),
              `${x.rank}/${x.of}`,
              pct(x.percentile),
              `${x.equivalentRank}/${m.rank?.of ?? 34}`,
              x.percentileChange === null ? '—' : `Δ ${view.delta(pct(x.percentileChange), 0)}`,
            ),
          ),
          // A member without a rank that year is named, not left out: the unit is more than its ranked members.
          ...m.formedFrom.filter((code) => !m.members.some((x) => x.member === code)).map((code) => t.unranked(provinceName(defs, code, view), fromYear)),
        ].join('; '),
  ]);
  return [
    { kind: 'heading', level: 2, text: t.title(fromYear, toYear) },
    {
      kind: 'table',
      columns: [
        { label: t.unit(toYear) },
        { label: t.rankTo(toYear), align: 'right' },
        { label: t.pTo(toYear), align: 'right' },
        { label: t.members(fromYear) },
      ],
      rows,
    },
    { kind: 'paragraph', text: t.note },
  ];
}
