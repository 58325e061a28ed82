import { rowOf } from '../model/dataset.js';
import type { ComponentDef, IndexDef, Observation, Period } from '../model/types.js';
import { benchmarkValue, nationalScore, type BenchmarkContext, type BenchmarkSpec, type BenchmarkValue, type Score } from './benchmark.js';
import { measureChange, type GapChange, type GapYear } from './gap-change.js';
import { compositeOf, compositePointsPerUnit, mainComponents } from './composite.js';
import type { NaFields } from './na.js';
import { componentRanks, compositeRanks, type RankInfo, type RankSet } from './ranking.js';
import { coverageReason } from './coverage.js';

/** Everything one province's gaps in one index-year depend on. */
export interface GapInput {
  index: IndexDef;
  current: GapYear;
  /** The latest earlier year of the index in the data, if any. */
  previous?: GapYear;
  /** All methodology periods (to flag breaks between the two years). */
  periods: Period[];
  /** `province` holds a province code here. */
  benchmark: BenchmarkSpec;
}

/** A province's standing on one measure (a component, a sub-component or the composite) against a benchmark. */
export interface Gap {
  code: string;
  kind: 'composite' | 'component' | 'sub';
  parent: string | null;
  max: number | null;
  weight: number | null;
  score: number | null;
  rank: RankInfo | null;
  benchmark: BenchmarkValue;
  /** score − benchmark. */
  gap: number | null;
  /** gap / max: comparable across components with different maxima. */
  gapShare: number | null;
  /** Composite points one unit of this measure is worth under the year's rule. */
  pointsPerUnit: number | null;
  /** gap × pointsPerUnit: what closing the gap would add to the composite. */
  weightedGap: number | null;
  /** null when there is no earlier year (see na.change). */
  change: GapChange | null;
  /** Why each null field is null. */
  na: NaFields;
}

/**
 * Gaps of one province on the given components (default: the period's main components). Each
 * component's scores, ranks and benchmark are computed once, so the cost is linear in rows per
 * component.
 */
export function componentGaps(input: GapInput, components: ComponentDef[] = mainComponents(input.current.period)): Gap[] {
  const { current, previous } = input;
  const expected = current.units.length;
  return components.map((c) =>
    measureGap(input, {
      code: c.code,
      kind: c.kind === 'sub' ? 'sub' : 'component',
      parent: c.parent ?? null,
      max: c.max ?? null,
      weight: c.weight ?? null,
      value: (r) => r.values[c.code],
      ranks: componentRanks(current.table, c.code, expected),
      previousRanks: previous ? componentRanks(previous.table, c.code, previous.units.length) : undefined,
      pointsPerUnit: pointsPerUnit(current.period, c),
    }),
  );
}

/** The composite's gap: its own benchmark and rank, and the gap itself as composite points. */
export function compositeGap(input: GapInput): Gap {
  const { current, previous } = input;
  const compositeValue = (period: Period) => (r: Observation) => compositeOf(r, period)?.value;
  return measureGap(input, {
    code: input.index.compositeCode,
    kind: 'composite',
    parent: null,
    max: current.period.compositeMax,
    weight: null,
    value: compositeValue(current.period),
    previousValue: previous ? compositeValue(previous.period) : undefined,
    ranks: compositeRanks(current.table, current.period, current.units.length),
    previousRanks: previous ? compositeRanks(previous.table, previous.period, previous.units.length) : undefined,
    pointsPerUnit: 1,
  });
}

/** Sum of the weighted gaps of the main components; null unless every one is known. */
export function weightedGapSum(gaps: Gap[]): number | null {
  const main = gaps.filter((g) => g.kind === 'component');
  if (main.length === 0 || main.some((g) => g.weightedGap === null)) return null;
  return main.reduce((s, g) => s + g.weightedGap!, 0);
}

interface Measure {
  code: string;
  kind: Gap['kind'];
  parent: string | null;
  max: number | null;
  weight: number | null;
  value: (row: Observation) => number | undefined;
  /** How to read the measure in the previous year (default: as in this year). */
  previousValue?: (row: Observation) => number | undefined;
  ranks: RankSet;
  previousRanks?: RankSet;
  pointsPerUnit: number | undefined;
}

function measureGap(input: GapInput, m: Measure): Gap {
  const { current } = input;
  const na: NaFields = {};
  // A loop, not flatMap: a one-element array per row was most of a gap's cost in a cold process.
  const scores: Score[] = [];
  for (const r of current.table.rows) {
    const v = m.value(r);
    if (v !== undefined) scores.push({ province: r.province, value: v });
  }
  const ctx: BenchmarkContext = { units: current.units, province: current.province, national: nationalScore(current.table, m.value) };
  const benchmark = benchmarkValue(input.benchmark, scores, ctx);
  if (benchmark.reason) na.benchmark = benchmark.reason;

  const row = rowOf(current.table, current.province);
  const score = row ? (m.value(row) ?? null) : null;
  // A missing national figure is the aggregate's, not a province's: the reason says whose.
  if (score === null) na.score = current.aggregate ? { code: 'no-score', aggregate: current.province } : { code: 'no-score' };

  // An aggregate ("Cả nước") is kept out of every ranking, with a row in the year's table or not.
  const rank = m.ranks.ranks.get(current.province) ?? null;
  if (current.aggregate) na.rank = { code: 'aggregate' };
  else if (rank === null) na.rank = score === null ? { code: 'no-score' } : coverageReason(m.ranks.withValue, current.units.length);

  let gap: number | null = null;
  if (score === null) na.gap = na.score!;
  else if (benchmark.value === null) na.gap = benchmark.reason!;
  else gap = score - benchmark.value;

  let gapShare: number | null = null;
  if (gap === null) na.gapShare = na.gap!;
  else if (m.max === null) na.gapShare = { code: 'no-max' };
  else gapShare = gap / m.max;

  const ppu = m.pointsPerUnit ?? null;
  let weightedGap: number | null = null;
  if (ppu === null) na.weightedGap = { code: 'rule-unknown', period: `${current.period.fromYear}–${current.period.toYear}` };
  else if (gap === null) na.weightedGap = na.gap!;
  else weightedGap = gap * ppu;

  const change = measureChange(input, score, rank, m.value, m.previousValue, m.previousRanks, na);

  return {
    code: m.code,
    kind: m.kind,
    parent: m.parent,
    max: m.max,
    weight: m.weight,
    score,
    rank,
    benchmark,
    gap,
    gapShare,
    pointsPerUnit: ppu,
    weightedGap,
    change,
    na,
  };
}

/**
 * Composite points per unit of a component; for a sub-component, its parent's when the period says
 * sub-components add up to their parent (PAPI), since a point on the part is a point on the whole.
 */
function pointsPerUnit(period: Period, c: ComponentDef): number | undefined {
  if (c.kind === 'component') return compositePointsPerUnit(period, c.code);
  if (c.kind === 'sub' && c.parent !== undefined && period.subTolerance !== undefined) return compositePointsPerUnit(period, c.parent);
  return undefined;
}
