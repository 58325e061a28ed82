import type { MethodologyBreak } from '../../analysis/breaks.js';
import { breaksBetween } from '../../analysis/breaks.js';
import { standingChange, type CompareContext, type StandingChange } from '../../analysis/change.js';
import { mainComponents } from '../../analysis/composite.js';
import { leagueOrder } from '../../analysis/league.js';
import { biggestMovers } from '../../analysis/movers.js';
import { rankedYears } from '../../analysis/ranked-years.js';
import { standingOf, standingsOf, type Standing, type StandingTable } from '../../analysis/standing.js';
import { UsageError } from '../../model/errors.js';
import { openDataset } from '../../load/dataset.js';
import { expectedUnits, yearsOf } from '../../model/dataset.js';
import { periodFor } from '../../model/definitions.js';
import { resolveProvince } from '../../model/province-series.js';
import type { Period, RankKind, YearTable } from '../../model/types.js';
import { changesDoc } from './view.js';
import type { Output } from '../output.js';
import { requireTable } from '../ranks/run.js';

export interface ChangesOptions {
  dataDir: string;
  index: string;
  /** Default: the ranked year before `to`. */
  from?: number;
  /** Default: the latest year with ranks. */
  to?: number;
  /** Only this province, with each of its components. */
  province?: string;
}

/** One province (or one of its components) in two years, and how it moved. */
export interface ChangeEntry {
  province: string;
  from: Standing;
  to: Standing;
  change: StandingChange;
}

/** How many provinces had a score in a year, and whether that was enough to compute ranks. */
export interface Coverage {
  withScore: number;
  expected: number;
  computable: boolean;
}

/** One component of the chosen province in two years. */
export interface ComponentChange {
  component: string;
  from: Standing;
  to: Standing;
  change: StandingChange;
  coverage: { from: Coverage; to: Coverage };
}

/** The `--format json` contract of `chiso changes`. */
export interface ChangesResult {
  index: string;
  fromYear: number;
  toYear: number;
  rankKind: RankKind;
  /** Methodology changes between the two years (every entry then carries `methodology-break`). */
  breaks: MethodologyBreak[];
  /** Composite scores in each year (ranks are computed only where coverage suffices). */
  coverage: { from: Coverage; to: Coverage };
  /** Every province in either year, or only the chosen one; in the order of the `to` year's ranking. */
  entries: ChangeEntry[];
  /** Up to five provinces that climbed / fell most by percentile change (all provinces, even with --province). */
  risers: string[];
  fallers: string[];
  /** With --province: the units compared (they differ across a merger) and each component's change. */
  province: { fromUnit: string; toUnit: string; components: ComponentChange[] } | null;
}

/** How many risers and fallers are named. */
const MOVERS = 5;

/** Score, rank and percentile changes of every province (or one, with its components) between two years of an index. */
export function runChanges(opts: ChangesOptions): Output<ChangesResult> {
  const wanted = opts.from !== undefined && opts.to !== undefined ? [opts.from, opts.to] : undefined;
  const data = openDataset(opts.dataDir, { indices: [opts.index], years: wanted ? (y) => wanted.includes(y) : undefined });
  const indexDef = data.defs.indices.get(opts.index)!;
  if (yearsOf(data, opts.index).length === 0 && !wanted) throw new UsageError(`no data for ${indexDef.shortName} in the data folder`);
  const ranked = wanted ? [] : rankedYears(data, opts.index);
  const toYear = opts.to ?? ranked[ranked.length - 1] ?? yearsOf(data, opts.index).pop()!;
  const fromYear = opts.from ?? ranked.filter((y) => y < toYear).pop() ?? yearsOf(data, opts.index).filter((y) => y < toYear).pop();
  if (fromYear === undefined) throw new UsageError(`${indexDef.shortName} has no year before ${toYear} to compare with`, 'give --from');
  if (fromYear >= toYear) throw new UsageError(`--from (${fromYear}) must be before --to (${toYear})`);
  const [fromTable, toTable] = [requireTable(data, opts.index, fromYear), requireTable(data, opts.index, toYear)];
  const [fromPeriod, toPeriod] = [periodFor(data.defs, opts.index, fromYear)!, periodFor(data.defs, opts.index, toYear)!];
  const [fromExpected, toExpected] = [expectedUnits(data.defs, fromYear), expectedUnits(data.defs, toYear)];
  const compare = (scaleFrom: number | undefined, scaleTo: number | undefined, unitChanged = false): CompareContext => ({
    periods: data.defs.periods, index: opts.index, fromYear, toYear, precision: indexDef.precision, scaleFrom, scaleTo, unitChanged,
  });

  const fromS = standingsOf(fromTable, fromPeriod, fromExpected, { kind: 'composite' });
  const toS = standingsOf(toTable, toPeriod, toExpected, { kind: 'composite' });
  const scale = compare(fromPeriod.compositeMax, toPeriod.compositeMax);
  const provinces = new Set([...fromS.byProvince.keys(), ...toS.byProvince.keys()]);
  const all: ChangeEntry[] = [...provinces].map((province) => {
    const [from, to] = [standingOf(fromS, province), standingOf(toS, province)];
    return { province, from, to, change: standingChange(scale, from, to) };
  });
  const order = leagueOrder(all.map((e) => ({ ...e.to, province: e.province, entry: e }))).map((r) => r.entry);
  const { risers, fallers } = biggestMovers(all, MOVERS);

  let entries = order;
  let province: ChangesResult['province'] = null;
  if (opts.province !== undefined) {
    const fromUnit = resolveProvince(data.defs, opts.province, fromYear);
    const toUnit = resolveProvince(data.defs, opts.province, toYear);
    const unitChanged = fromUnit.code !== toUnit.code;
    const [from, to] = [standingOf(fromS, fromUnit.code), standingOf(toS, toUnit.code)];
    entries = [{ province: toUnit.code, from, to, change: standingChange(compare(fromPeriod.compositeMax, toPeriod.compositeMax, unitChanged), from, to) }];
    const components = componentChanges(
      { table: fromTable, period: fromPeriod, expected: fromExpected, unit: fromUnit.code },
      { table: toTable, period: toPeriod, expected: toExpected, unit: toUnit.code },
      (scaleFrom, scaleTo) => compare(scaleFrom, scaleTo, unitChanged),
    );
    province = { fromUnit: fromUnit.code, toUnit: toUnit.code, components };
  }

  const result: ChangesResult = {
    index: opts.index,
    fromYear,
    toYear,
    rankKind: indexDef.rankKind,
    breaks: breaksBetween(data.defs.periods, opts.index, fromYear, toYear),
    coverage: { from: coverageOf(fromS), to: coverageOf(toS) },
    entries,
    risers,
    fallers,
    province,
  };
  return { result, doc: (view) => changesDoc(result, data.defs, view) };
}

/** One side of a comparison: the year's table and methodology, and the unit the province was that year. */
interface Side {
  table: YearTable;
  period: Period;
  expected: number;
  unit: string;
}

/** Each main component of either year's methodology, ranked among the provinces that have it, compared for one province. */
function componentChanges(from: Side, to: Side, compare: (scaleFrom?: number, scaleTo?: number) => CompareContext): ComponentChange[] {
  const fromParts = new Map(mainComponents(from.period).map((c) => [c.code, c]));
  const toParts = new Map(mainComponents(to.period).map((c) => [c.code, c]));
  return [...new Set([...toParts.keys(), ...fromParts.keys()])].map((code) => {
    const fs = standingsOf(from.table, from.period, from.expected, { kind: 'component', code });
    const ts = standingsOf(to.table, to.period, to.expected, { kind: 'component', code });
    const [f, t] = [standingOf(fs, from.unit), standingOf(ts, to.unit)];
    return {
      component: code, from: f, to: t,
      change: standingChange(compare(fromParts.get(code)?.max, toParts.get(code)?.max), f, t),
      coverage: { from: coverageOf(fs), to: coverageOf(ts) },
    };
  });
}

function coverageOf(s: StandingTable): Coverage {
  return { withScore: s.withScore, expected: s.expected, computable: s.computable };
}
