import { LAST_63_YEAR, membersOf, mergerComparison, upTo63 } from '../../analysis/merger.js';
import { rankHistory } from '../../analysis/rank-history.js';
import type { Dataset } from '../../model/dataset.js';
import type { Province } from '../../model/types.js';
import type { TrendResult } from './result.js';

export interface TrendOptions {
  /** The province as a series of units over time (resolved from the name once). */
  series: Province[];
  /** Default: every index the data defines. */
  indices?: string[];
  from?: number;
  to?: number;
}

/** A province's score, rank/N and change on each index year by year, with breaks and summaries. */
export function runTrend(data: Dataset, opts: TrendOptions): TrendResult {
  const indices = opts.indices ?? [...data.defs.indices.keys()];
  const history = rankHistory(data, opts.series, indices, opts.from, opts.to);
  const rankKind = (index: string) => data.defs.indices.get(index)!.rankKind;

  // A merged unit's other members (Quảng Bình for the new Quảng Trị): their own series to 2024.
  const predecessors: TrendResult['predecessors'] = [];
  const mergers: TrendResult['mergers'] = [];
  const inSeries = new Set(opts.series.map((u) => u.code));
  for (const unit of opts.series) {
    const members = membersOf(data.defs.provinces.all, unit.code);
    if (members.length === 0) continue;
    const to = Math.min(opts.to ?? LAST_63_YEAR, LAST_63_YEAR);
    const own = members.map((m) => ({
      code: m.code,
      history: inSeries.has(m.code) ? history : rankHistory(data, [m], indices, opts.from, to),
    }));
    for (const m of own.filter((x) => !inSeries.has(x.code))) {
      predecessors.push({ unit: m.code, successor: unit.code, indices: m.history.indices.map((h) => ({ ...h, years: upTo63(h), rankKind: rankKind(h.index) })) });
    }
    for (const h of history.indices) {
      const memberYears = own.map((m) => ({ code: m.code, years: upTo63(m.history.indices.find((x) => x.index === h.index)!).filter((y) => y.unit === m.code) }));
      mergers.push(mergerComparison(h.index, unit.code, h.years, memberYears));
    }
  }
  return {
    units: history.units,
    from: opts.from ?? null,
    to: opts.to ?? null,
    indices: history.indices.map((h) => ({ ...h, rankKind: rankKind(h.index) })),
    predecessors,
    mergers,
  };
}
