import { mergerHistories } from '../../analysis/merger-history.js';
import { rankHistory } from '../../analysis/rank-history.js';
import type { Dataset } from '../../model/dataset.js';
import { isAggregate } from '../../model/province-series.js';
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
  const { predecessors, mergers } = mergerHistories(data, opts.series, history, opts.from, opts.to);
  return {
    units: history.units,
    aggregate: isAggregate(opts.series),
    from: opts.from ?? null,
    to: opts.to ?? null,
    indices: history.indices.map((h) => ({ ...h, rankKind: rankKind(h.index) })),
    predecessors: predecessors.map((p) => ({ ...p, indices: p.indices.map((h) => ({ ...h, rankKind: rankKind(h.index) })) })),
    mergers,
  };
}
