import { cutLeague, leagueOrder, type LeagueRow } from '../../analysis/league.js';
import { MIN_COVERAGE } from '../../analysis/ranking.js';
import { noTableError, resolveComponent, resolveRegion } from '../../model/lookup.js';
import { rankedYears } from '../../analysis/ranked-years.js';
import { standingsOf, type Measure } from '../../analysis/standing.js';
import { UsageError } from '../../model/errors.js';
import { listTableFiles, openDataset } from '../../load/dataset.js';
import { expectedUnits, findTable, yearsOf, type Dataset } from '../../model/dataset.js';
import { periodFor, periodSpan } from '../../model/definitions.js';
import type { RankKind, YearTable } from '../../model/types.js';
import { ranksDoc } from './view.js';
import type { Output } from '../output.js';

export interface RanksOptions {
  dataDir: string;
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

/** One province in the league table. */
export interface RankEntry extends LeagueRow {
  region: string | null;
}

/** The `--format json` contract of `chiso ranks`. */
export interface RanksResult {
  index: string;
  year: number;
  /** Component code ranked on; null for the composite. */
  component: string | null;
  /** How the index's published ranks come about: official, reported (press) or none. */
  rankKind: RankKind;
  methodologyPeriod: { from: number; to: number };
  /** Provincial units that existed that year. */
  expectedProvinces: number;
  /** Provinces with a score on the measure. */
  withScore: number;
  /** Whether ranks were computed from scores where none is published (needs minCoverage). */
  computable: boolean;
  minCoverage: number;
  region: string | null;
  top: number | null;
  bottom: number | null;
  entries: RankEntry[];
  /** Units of the year (in the region, if given) with no row in the data. */
  missing: string[];
}

/** The league table of one index-year: score, rank/N, percentile and region of every province. */
export function runRanks(opts: RanksOptions): Output<RanksResult> {
  if (opts.top !== undefined && opts.bottom !== undefined) throw new UsageError('use either --top or --bottom, not both');
  for (const [name, n] of [['--top', opts.top], ['--bottom', opts.bottom]] as const) {
    if (n !== undefined && n < 1) throw new UsageError(`${name} must be at least 1`);
  }
  const data = openDataset(opts.dataDir, { indices: [opts.index], years: opts.year === undefined ? undefined : (y) => y === opts.year });
  const index = data.defs.indices.get(opts.index)!;
  const year = opts.year ?? latestRankedYear(data, opts.index);
  const table = requireTable(data, opts.index, year);
  const period = periodFor(data.defs, opts.index, year)!;
  const region = opts.region === undefined ? undefined : resolveRegion(data.defs, opts.region);
  const component = opts.component === undefined ? undefined : resolveComponent(period, opts.component, index.shortName, year);
  const measure: Measure = component ? { kind: 'component', code: component.code } : { kind: 'composite' };
  const expected = expectedUnits(data.defs, year);
  const standings = standingsOf(table, period, expected, measure);

  const regionOf = (code: string) => data.defs.provinces.byCode.get(code)?.region ?? null;
  let entries: RankEntry[] = leagueOrder(
    [...standings.byProvince].map(([province, s]) => ({ province, region: regionOf(province), ...s })),
  );
  if (region) entries = entries.filter((e) => e.region === region.code);
  if (opts.top !== undefined) entries = cutLeague(entries, opts.top, 'top');
  if (opts.bottom !== undefined) entries = cutLeague(entries, opts.bottom, 'bottom');
  const missing = data.defs.provinces
    .unitsIn(year)
    .filter((p) => !standings.byProvince.has(p.code) && (!region || p.region === region.code))
    .map((p) => p.code);

  const result: RanksResult = {
    index: opts.index,
    year,
    component: component?.code ?? null,
    rankKind: index.rankKind,
    methodologyPeriod: periodSpan(data.defs, period),
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
  return { result, doc: (view) => ranksDoc(result, data.defs, view) };
}

/** The latest year of an index with any rank, else its latest year. */
function latestRankedYear(data: Dataset, index: string): number {
  const years = yearsOf(data, index);
  if (years.length === 0) throw new UsageError(`no data for ${data.defs.indices.get(index)?.shortName ?? index} in the data folder`);
  return rankedYears(data, index).pop() ?? years[years.length - 1]!;
}

/** The table of an index-year, or a usage error listing the years the data folder has. */
export function requireTable(data: Dataset, index: string, year: number): YearTable {
  const table = findTable(data, index, year);
  if (table) return table;
  const years = listTableFiles(data.dataDir, data.defs, { indices: [index] }).files.map((f) => f.year);
  throw noTableError(data.defs.indices.get(index)?.shortName ?? index, year, years);
}
