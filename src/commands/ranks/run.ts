import { cutLeague, leagueOrder } from '../../analysis/league.js';
import { MIN_COVERAGE } from '../../analysis/coverage.js';
import { latestRankedYear, requireTable } from '../../analysis/scope.js';
import { standingsOf, type Measure } from '../../analysis/standing.js';
import { expectedUnits, type Dataset } from '../../model/dataset.js';
import { groupSchemeFor, periodFor, periodSpan } from '../../model/definitions.js';
import { groupsOf } from '../../analysis/groups.js';
import { UsageError } from '../../model/errors.js';
import { say } from '../../model/text.js';
import { resolveComponent, resolveRegion } from '../../model/lookup.js';
import type { RankEntry, RanksResult } from './result.js';

export interface RanksOptions {
  index: string;
  /** Default: the latest year of the index that has any rank. */
  year?: number;
  /** Rank on this component (code, or a unique part of one) instead of the composite. */
  component?: string;
  top?: number;
  bottom?: number;
  /** Region code or name: show only its provinces (ranks stay national). */
  region?: string;
}

/** The league table of one index-year: score, rank/N, percentile and region of every province. */
export function runRanks(data: Dataset, opts: RanksOptions): RanksResult {
  if (opts.top !== undefined && opts.bottom !== undefined)
    throw new UsageError(say('chỉ dùng một trong hai tùy chọn --top hoặc --bottom', 'use either --top or --bottom, not both'));
  for (const [name, n] of [
    ['--top', opts.top],
    ['--bottom', opts.bottom],
  ] as const) {
    if (n !== undefined && n < 1) throw new UsageError(say(`${name} phải từ 1 trở lên`, `${name} must be at least 1`));
  }
  const { defs } = data;
  const index = defs.indices.get(opts.index)!;
  const year = opts.year ?? latestRankedYear(data, opts.index);
  const table = requireTable(data, opts.index, year);
  const period = periodFor(defs, opts.index, year)!;
  const region = opts.region === undefined ? undefined : resolveRegion(defs, opts.region);
  const component = opts.component === undefined ? undefined : resolveComponent(period, opts.component, index.shortName, year);
  const measure: Measure = component ? { kind: 'component', code: component.code } : { kind: 'composite' };
  const expected = expectedUnits(defs, year);
  const standings = standingsOf(table, period, expected, measure);

  // Groups are defined on the composite only.
  const groups = component ? new Map() : groupsOf(groupSchemeFor(defs, opts.index, year), table, period, expected);
  const regionOf = (code: string) => defs.provinces.byCode.get(code)?.region ?? null;
  let entries: RankEntry[] = leagueOrder(
    [...standings.byProvince].map(([province, s]) => ({ province, region: regionOf(province), ...s, group: groups.get(province) ?? null })),
  );
  if (region) entries = entries.filter((e) => e.region === region.code);
  if (opts.top !== undefined) entries = cutLeague(entries, opts.top, 'top');
  if (opts.bottom !== undefined) entries = cutLeague(entries, opts.bottom, 'bottom');
  const missing = defs.provinces
    .unitsIn(year)
    .filter((p) => !standings.byProvince.has(p.code) && (!region || p.region === region.code))
    .map((p) => p.code);

  return {
    index: opts.index,
    year,
    component: component?.code ?? null,
    rankKind: index.rankKind,
    methodologyPeriod: periodSpan(defs, period),
    expectedProvinces: expected,
    withScore: standings.withScore,
    computable: standings.computable,
    minCoverage: MIN_COVERAGE,
    region: region?.code ?? null,
    top: opts.top ?? null,
    bottom: opts.bottom ?? null,
    entries,
    missing,
  };
}
