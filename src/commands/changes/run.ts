import { breaksBetween } from '../../analysis/breaks.js';
import { standingChange, type CompareContext } from '../../analysis/change.js';
import { mainComponents } from '../../analysis/composite.js';
import { leagueOrder } from '../../analysis/league.js';
import { LAST_63_YEAR, unitsByMembers } from '../../analysis/merger.js';
import { biggestMovers } from '../../analysis/movers.js';
import { lastRankedYear } from '../../analysis/ranked-years.js';
import { standingOf, standingsOf, type StandingTable } from '../../analysis/standing.js';
import { UsageError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import { noDataError, requireTable, requireUnit } from '../../analysis/scope.js';
import { expectedUnits, type Dataset } from '../../model/dataset.js';
import { periodFor } from '../../model/definitions.js';
import type { Period, Province, YearTable } from '../../model/types.js';
import type { ChangeEntry, ChangesResult, ComponentChange, Coverage } from './result.js';

export interface ChangesOptions {
  index: string;
  /** Default: the ranked year before `to`. */
  from?: number;
  /** Default: the latest year with ranks. */
  to?: number;
  /** Only this province (its units over time), with each of its components. */
  series?: Province[];
}

/** How many risers and fallers are named. */
const MOVERS = 5;

/** Score, rank and percentile changes of every province (or one, with its components) between two years of an index. */
export function runChanges(data: Dataset, opts: ChangesOptions): ChangesResult {
  const wanted = opts.from !== undefined && opts.to !== undefined;
  const indexDef = data.defs.indices.get(opts.index)!;
  if (data.years(opts.index).length === 0 && !wanted) throw noDataError(indexDef.shortName);
  // The ranked years are found going back from the latest: a folder of many years is not all read and ranked.
  const toYear = opts.to ?? lastRankedYear(data, opts.index) ?? data.years(opts.index).pop()!;
  const fromYear =
    opts.from ??
    lastRankedYear(data, opts.index, toYear) ??
    data
      .years(opts.index)
      .filter((y) => y < toYear)
      .pop();
  if (fromYear === undefined)
    throw new UsageError(
      say(`${indexDef.shortName} không có năm nào trước ${toYear} để so sánh`, `${indexDef.shortName} has no year before ${toYear} to compare with`),
      say('nêu năm so sánh bằng --from', 'give --from'),
    );
  if (fromYear >= toYear) throw new UsageError(say(`--from (${fromYear}) phải trước --to (${toYear})`, `--from (${fromYear}) must be before --to (${toYear})`));
  const [fromTable, toTable] = [requireTable(data, opts.index, fromYear), requireTable(data, opts.index, toYear)];
  const [fromPeriod, toPeriod] = [periodFor(data.defs, opts.index, fromYear)!, periodFor(data.defs, opts.index, toYear)!];
  const [fromExpected, toExpected] = [expectedUnits(data.defs, fromYear), expectedUnits(data.defs, toYear)];
  const compare = (scaleFrom: number | undefined, scaleTo: number | undefined, unitChanged = false): CompareContext => ({
    periods: data.defs.periods,
    index: opts.index,
    fromYear,
    toYear,
    precision: indexDef.precision,
    scaleFrom,
    scaleTo,
    unitChanged,
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
  if (opts.series !== undefined) {
    const fromUnit = requireUnit(opts.series, fromYear);
    const toUnit = requireUnit(opts.series, toYear);
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

  return {
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
    // Across the 1 July 2025 merger, units are compared with their members, by percentile only.
    byMembers:
      fromYear <= LAST_63_YEAR && toYear > LAST_63_YEAR
        ? unitsByMembers(
            data.defs.provinces.all,
            fromYear,
            order.filter((e) => toS.byProvince.has(e.province)).map((e) => e.province),
            (c) => standingOf(fromS, c).rank,
            (c) => standingOf(toS, c).rank,
          ).map((m) => ({ ...m, index: opts.index, year: m.rank ? toYear : null }))
        : null,
  };
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
      component: code,
      from: f,
      to: t,
      change: standingChange(compare(fromParts.get(code)?.max, toParts.get(code)?.max), f, t),
      coverage: { from: coverageOf(fs), to: coverageOf(ts) },
    };
  });
}

function coverageOf(s: StandingTable): Coverage {
  return { withScore: s.withScore, expected: s.expected, computable: s.computable };
}
