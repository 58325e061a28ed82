import type { Period } from '../model/types.js';
import { breaksBetween, type MethodologyBreak } from './breaks.js';
import type { RankInfo } from './ranking.js';

/** The latest year before `year` in an ascending or unordered list of years, if any. */
export function previousYear(years: number[], year: number): number | undefined {
  let best: number | undefined;
  for (const y of years) if (y < year && (best === undefined || y > best)) best = y;
  return best;
}

/** How a score moved between two years; `delta` only when both values exist. */
export interface ValueChange {
  fromYear: number;
  toYear: number;
  from?: number;
  to?: number;
  delta?: number;
  /** Methodology changes in between: when non-empty the two scores are not like for like. */
  breaks: MethodologyBreak[];
}

/** Score change of one index (or component) between two years, with the methodology breaks in between. */
export function valueChange(periods: Period[], index: string, fromYear: number, from: number | undefined, toYear: number, to: number | undefined): ValueChange {
  return {
    fromYear,
    toYear,
    from,
    to,
    delta: from !== undefined && to !== undefined ? to - from : undefined,
    breaks: breaksBetween(periods, index, fromYear, toYear),
  };
}

/** How a rank moved; `places` > 0 means the province climbed. */
export interface RankChange {
  from?: RankInfo;
  to?: RankInfo;
  /** from.rank − to.rank: positive when the province moved up. */
  places?: number;
  /** to.percentile − from.percentile: comparable when the number of provinces changed. */
  percentileDelta?: number;
  /** The two ranks have different denominators (e.g. 63 vs 60 provinces): raw places mislead. */
  denominatorChanged: boolean;
}

/** Rank change between two RankInfos (either may be missing). */
export function rankChange(from: RankInfo | undefined, to: RankInfo | undefined): RankChange {
  if (!from || !to) return { from, to, denominatorChanged: false };
  return { from, to, places: from.rank - to.rank, percentileDelta: to.percentile - from.percentile, denominatorChanged: from.of !== to.of };
}
