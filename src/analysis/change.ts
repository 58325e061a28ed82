import type { Period } from '../model/types.js';
import { breaksBetween, type MethodologyBreak } from './breaks.js';
import type { RankInfo } from './ranking.js';
import type { Standing } from './standing.js';
import { denoise, direction } from './round.js';

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

/**
 * What a reader must know before trusting a change:
 * - `methodology-break`: the index changed its method in between (the change is shown, flagged);
 * - `scale-changed`: the maximum score changed (PAPI 60 → 80), so no score change is given;
 * - `denominator-changed`: the two ranks count different numbers of provinces (compare percentiles);
 * - `unit-changed`: the name covers a different provincial unit (2025 mergers), so nothing is compared;
 * - `score-up-rank-down` / `score-down-rank-up`: score and rank moved in opposite directions.
 */
export type ChangeFlag = 'methodology-break' | 'scale-changed' | 'denominator-changed' | 'unit-changed' | 'score-up-rank-down' | 'score-down-rank-up';

/** The move of one province between two standings, with the reasons a number is missing or flagged. */
export interface StandingChange {
  fromYear: number;
  toYear: number;
  /** to.score − from.score; null when a score is missing, the scale changed or the unit changed. */
  scoreDelta: number | null;
  /** from.rank − to.rank (positive = climbed); null when a rank is missing or the unit changed. */
  places: number | null;
  /** to.percentile − from.percentile; null like `places`. */
  percentileDelta: number | null;
  breaks: MethodologyBreak[];
  flags: ChangeFlag[];
}

/** How two standings of one measure compare (see ChangeFlag for what is withheld or flagged). */
export interface CompareContext {
  periods: Period[];
  index: string;
  fromYear: number;
  toYear: number;
  /** Maximum score of the measure in each year; a difference withholds the score change. */
  scaleFrom?: number;
  scaleTo?: number;
  /** The standings belong to different provincial units (a name that changed meaning). */
  unitChanged?: boolean;
  /** Decimals of the published scores: a change that rounds to zero is no move. */
  precision: number;
}

/** Compares a province's standings in two years of one index, flagging whatever makes the comparison unsafe. */
export function standingChange(ctx: CompareContext, from: Standing, to: Standing): StandingChange {
  const value = valueChange(ctx.periods, ctx.index, ctx.fromYear, from.score ?? undefined, ctx.toYear, to.score ?? undefined);
  const rank = rankChange(from.rank ?? undefined, to.rank ?? undefined);
  const flags: ChangeFlag[] = [];
  if (ctx.unitChanged) {
    flags.push('unit-changed');
    return { fromYear: ctx.fromYear, toYear: ctx.toYear, scoreDelta: null, places: null, percentileDelta: null, breaks: value.breaks, flags };
  }
  const scaleChanged = ctx.scaleFrom !== ctx.scaleTo;
  if (value.breaks.length > 0) flags.push('methodology-break');
  if (scaleChanged && value.delta !== undefined) flags.push('scale-changed');
  if (rank.denominatorChanged) flags.push('denominator-changed');
  const scoreDelta = value.delta === undefined || scaleChanged ? null : denoise(value.delta);
  const moved = scoreDelta === null ? 'same' : direction(scoreDelta, ctx.precision);
  if (moved === 'up' && rank.places !== undefined && rank.places < 0) flags.push('score-up-rank-down');
  if (moved === 'down' && rank.places !== undefined && rank.places > 0) flags.push('score-down-rank-up');
  return {
    fromYear: ctx.fromYear,
    toYear: ctx.toYear,
    scoreDelta,
    places: rank.places ?? null,
    percentileDelta: rank.percentileDelta === undefined ? null : denoise(rank.percentileDelta),
    breaks: value.breaks,
    flags,
  };
}
