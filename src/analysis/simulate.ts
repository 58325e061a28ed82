import { UsageError } from '../model/errors.js';
import { say } from '../model/text.js';
import type { Period, YearTable } from '../model/types.js';
import { compositeOf, compositePointsPerUnit, mainComponents } from './composite.js';
import { coverageSuffices, MIN_COVERAGE } from './coverage.js';
import type { NaReason } from './na.js';
import { othersOf, placeAmong, type Place, type Scored } from './place.js';
import { percentile } from './ranking.js';
import { denoise } from './round.js';

/** One `--set`: a rise or fall (`+0.5`, `-1`) or a new score (`7.2`) for a component. */
export interface SetChange {
  code: string;
  mode: 'relative' | 'absolute';
  value: number;
}

/** A component after the changes: its score, place among the year's provinces, and composite points. */
export interface SimulatedComponent {
  code: string;
  before: number;
  after: number;
  delta: number;
  max: number | null;
  /** Places among the year's provinces; null when too few have the value (see placesNa). */
  placeBefore: Place | null;
  placeAfter: Place | null;
  placesNa: NaReason | null;
  /** Composite points the change adds; null when the year's rule is unknown. */
  compositePoints: number | null;
}

/** The composite before and after, or why it cannot be recomputed. */
export interface SimulatedComposite {
  before: number;
  after: number;
  delta: number;
  origin: 'published' | 'computed';
  /** The published rank of the year (tie-breaks included), when there is one; places are by score. */
  publishedRank: Place | null;
  placeBefore: Place | null;
  placeAfter: Place | null;
  placesNa: NaReason | null;
}

/** What `simulate` computes for one province in one index-year. */
export interface Simulation {
  components: SimulatedComponent[];
  composite: SimulatedComposite | null;
  compositeNa: NaReason | null;
}

/** The composite scores of a year table (published, else computed by the rule). */
export function compositeScores(table: YearTable, period: Period): Scored[] {
  return table.rows.flatMap((r) => {
    const c = compositeOf(r, period);
    return c === undefined ? [] : [{ province: r.province, value: c.value }];
  });
}

/** One component's scores in a year table. */
export function componentScores(table: YearTable, code: string): Scored[] {
  return table.rows.flatMap((r) => (r.values[code] === undefined ? [] : [{ province: r.province, value: r.values[code] }]));
}

/**
 * Applies changes to a province's components and recomputes the composite by the period's rule,
 * the other provinces held as published. Both known rules (weighted mean, sum) are linear, so the
 * new composite is the published one plus the rule's points for the changes: this keeps the
 * comparison with the others' published scores free of the rounding of a full recomputation.
 */
export function simulate(table: YearTable, period: Period, province: string, changes: SetChange[], precision: number, expected?: number): Simulation {
  // Places among too few provinces (PCI 2022 sub-indices: 3 of 63) are not given (the coverage rule).
  const places = (scores: Scored[], before: number, after: number) => {
    const of = expected ?? scores.length;
    if (!coverageSuffices(scores.length, of))
      return { placeBefore: null, placeAfter: null, placesNa: { code: 'coverage', have: scores.length, of, minShare: MIN_COVERAGE } as NaReason };
    const others = othersOf(scores, province);
    return { placeBefore: placeAmong(others, before, precision), placeAfter: placeAmong(others, after, precision), placesNa: null };
  };
  const row = table.rows.find((r) => r.province === province);
  if (!row)
    throw new UsageError(say(`tỉnh không có trong dữ liệu ${table.index} năm ${table.year}`, `no ${table.index} row for the province in ${table.year}`));
  const defs = new Map(mainComponents(period).map((c) => [c.code, c]));
  const components = changes.map((ch): SimulatedComponent => {
    const def = defs.get(ch.code);
    if (!def)
      throw new UsageError(
        say(`${ch.code} không phải là chỉ số thành phần chính của ${period.id}`, `${ch.code} is not a main component of ${period.id}`),
        say('simulate thay đổi các chỉ số thành phần, không thay đổi chỉ số thành phần cấp dưới', 'simulate changes components, not sub-components'),
      );
    const before = row.values[ch.code];
    if (before === undefined)
      throw new UsageError(say(`tỉnh không có điểm ${ch.code} năm ${table.year}`, `no ${ch.code} score for the province in ${table.year}`));
    const after = denoise(ch.mode === 'relative' ? before + ch.value : ch.value);
    if (def.max !== undefined && after > def.max)
      throw new UsageError(
        say(`${ch.code}: ${after} vượt điểm tối đa ${def.max}`, `${ch.code}: ${after} is above the maximum ${def.max}`),
        say(`mức tăng lớn nhất là +${denoise(def.max - before)}`, `the highest change is +${denoise(def.max - before)}`),
      );
    if (after < 0) throw new UsageError(say(`${ch.code}: ${after} nhỏ hơn 0`, `${ch.code}: ${after} is below 0`));
    const ppu = compositePointsPerUnit(period, ch.code);
    return {
      code: ch.code,
      before,
      after,
      delta: denoise(after - before),
      max: def.max ?? null,
      ...places(componentScores(table, ch.code), before, after),
      compositePoints: ppu === undefined ? null : denoise(ppu * (after - before)),
    };
  });
  if (new Set(changes.map((c) => c.code)).size !== changes.length)
    throw new UsageError(say('mỗi chỉ số thành phần chỉ được đặt một lần', 'each component may be set once'));
  const current = compositeOf(row, period);
  const rule = period.aggregation !== 'unknown' && components.every((c) => c.compositePoints !== null);
  if (!rule || !current) {
    const compositeNa: NaReason = !rule ? { code: 'rule-unknown', period: period.id } : { code: 'no-score' };
    return { components, composite: null, compositeNa };
  }
  const delta = denoise(components.reduce((s, c) => s + c.compositePoints!, 0));
  const scores = compositeScores(table, period);
  const n = scores.length;
  return {
    components,
    composite: {
      before: current.value,
      after: denoise(current.value + delta),
      delta,
      origin: current.origin,
      publishedRank: row.rank === undefined ? null : { rank: row.rank, of: row.rankOf ?? n, percentile: percentile(row.rank, row.rankOf ?? n) },
      ...places(scores, current.value, current.value + delta),
    },
    compositeNa: null,
  };
}
