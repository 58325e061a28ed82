import type { Dataset } from '../model/dataset.js';
import type { Province } from '../model/types.js';
import { rankHistory, type HistoryYear } from './rank-history.js';

/**
 * Where a province stands on an index's composite, as its overall focal point needs it: the latest
 * year with a score and the latest year with a rank, up to `toYear` (they differ when the owner
 * published a score without a rank, as for PCI 2023 outside the top 30). Nulls when the data has none.
 */
export interface CompositeStanding {
  latestScore: HistoryYear | null;
  latestRank: HistoryYear | null;
}

/** The composite standing of a province (a series of units) on one index, up to `toYear`. */
export function compositeStanding(data: Dataset, series: Province[], index: string, toYear?: number): CompositeStanding {
  const years = rankHistory(data, series, [index], undefined, toYear).indices[0]?.years ?? [];
  const latest = (ok: (y: HistoryYear) => boolean) => [...years].reverse().find(ok) ?? null;
  return { latestScore: latest((y) => y.score !== null), latestRank: latest((y) => y.rank !== null) };
}
