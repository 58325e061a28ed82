import type { Dataset } from '../model/dataset.js';
import type { Province } from '../model/types.js';
import { LAST_63_YEAR, membersOf, mergerComparison, upTo63, type MergerComparison } from './merger.js';
import { rankHistory, type IndexHistory, type RankHistory } from './rank-history.js';

/** A former province merged into a unit of the series, with its own history up to 2024. */
export interface Predecessor {
  unit: string;
  successor: string;
  indices: IndexHistory[];
}

/**
 * For every unit of a series formed on 1 July 2025: the other members' own series up to 2024, and
 * per index the unit's first rank from 2025 against each member's last (by percentile). `history`
 * is the series' own history over the same indices and years.
 */
export function mergerHistories(
  data: Dataset,
  series: Province[],
  history: RankHistory,
  from?: number,
  to?: number,
): { predecessors: Predecessor[]; mergers: MergerComparison[] } {
  const indices = history.indices.map((h) => h.index);
  const predecessors: Predecessor[] = [];
  const mergers: MergerComparison[] = [];
  const inSeries = new Set(series.map((u) => u.code));
  for (const unit of series) {
    const members = membersOf(data.defs.provinces.all, unit.code);
    if (members.length === 0) continue;
    const until = Math.min(to ?? LAST_63_YEAR, LAST_63_YEAR);
    const own = members.map((m) => ({ code: m.code, history: inSeries.has(m.code) ? history : rankHistory(data, [m], indices, from, until) }));
    for (const m of own.filter((x) => !inSeries.has(x.code))) {
      predecessors.push({ unit: m.code, successor: unit.code, indices: m.history.indices.map((h) => ({ ...h, years: upTo63(h) })) });
    }
    for (const h of history.indices) {
      const memberYears = own.map((m) => ({
        code: m.code,
        years: upTo63(m.history.indices.find((x) => x.index === h.index)!).filter((y) => y.unit === m.code),
      }));
      mergers.push(mergerComparison(h.index, unit.code, h.years, memberYears));
    }
  }
  return { predecessors, mergers };
}
