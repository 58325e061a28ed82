import { rankHistory, type IndexHistory } from '../../analysis/rank-history.js';
import { UsageError } from '../../model/errors.js';
import { openDataset } from '../../load/dataset.js';
import { provinceSeries } from '../../model/province-series.js';
import type { RankKind } from '../../model/types.js';
import { trendDoc } from './view.js';
import type { Output } from '../output.js';

export interface TrendOptions {
  dataDir: string;
  province: string;
  /** Default: every index the data defines. */
  indices?: string[];
  from?: number;
  to?: number;
}

/** One index in the trend: how its ranks come about, and the province's years. */
export interface TrendIndex extends IndexHistory {
  rankKind: RankKind;
}

/** The `--format json` contract of `chiso trend`. */
export interface TrendResult {
  /** Codes of the provincial units the name denotes over time, oldest first (e.g. quang-tri, quang-tri-2025). */
  units: string[];
  from: number | null;
  to: number | null;
  indices: TrendIndex[];
}

/** A province's score, rank/N and change on each index year by year, with breaks and summaries. */
export function runTrend(opts: TrendOptions): Output<TrendResult> {
  if (opts.from !== undefined && opts.to !== undefined && opts.from > opts.to) throw new UsageError(`--from (${opts.from}) is after --to (${opts.to})`);
  const inRange = (y: number) => (opts.from === undefined || y >= opts.from) && (opts.to === undefined || y <= opts.to);
  const data = openDataset(opts.dataDir, { indices: opts.indices, years: inRange });
  // Resolve the name before anything else so that an unknown province is the error the user sees.
  provinceSeries(data.defs, opts.province);
  const indices = opts.indices ?? [...data.defs.indices.keys()];
  const history = rankHistory(data, opts.province, indices, opts.from, opts.to);
  const result: TrendResult = {
    units: history.units,
    from: opts.from ?? null,
    to: opts.to ?? null,
    indices: history.indices.map((h) => ({ ...h, rankKind: data.defs.indices.get(h.index)!.rankKind })),
  };
  return { result, doc: (view) => trendDoc(result, data.defs, view) };
}
