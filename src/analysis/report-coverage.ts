import { expectedUnits, type Dataset } from '../model/dataset.js';
import { periodFor } from '../model/definitions.js';
import type { Province } from '../model/types.js';
import { compositeOf, mainComponents } from './composite.js';
import { coverageSuffices } from './coverage.js';
import { unitIn } from './scope.js';
import type { Standing } from './standing.js';

/** How complete one index-year is, and what the province has in it. */
export interface ReportCoverage {
  index: string;
  year: number;
  /** What the report takes from this year: the composite (score and rank), the components, or both. */
  usedFor: ('composite' | 'components')[];
  file: string;
  /** Provincial units that existed in the year. */
  expected: number;
  /** Provinces with a composite (published or computed by the period's rule), with a published rank, with any component value. */
  withComposite: number;
  withRank: number;
  withComponents: number;
  /** Main components of the year's methodology, and how many of them the province has a value for. */
  components: number;
  provinceComponents: number;
  provinceComposite: 'published' | 'computed' | null;
  provinceRank: 'published' | 'computed' | null;
  /** Whether statistics over provinces (computed ranks, medians) can be drawn: composite, and at least one component. */
  compositeStats: boolean;
  componentStats: boolean;
  /** Source ids of the province's row. */
  sources: string[];
}

/** How complete one index-year is, and what the province (its unit that year) has in it. */
export function coverageOf(data: Dataset, index: string, year: number, series: Province[], standing: Standing | undefined): ReportCoverage {
  const table = data.table(index, year)!;
  const period = periodFor(data.defs, index, year)!;
  const parts = mainComponents(period);
  const expected = expectedUnits(data.defs, year);
  const unit = unitIn(series, year)?.code;
  const row = table.rows.find((r) => r.province === unit);
  // One pass over the rows for every count (each had its own filter, the composite's two).
  let withComposite = 0;
  let withRank = 0;
  let withComponents = 0;
  const perComponent = parts.map(() => 0);
  for (const r of table.rows) {
    if (compositeOf(r, period) !== undefined) withComposite++;
    if (r.rank !== undefined) withRank++;
    let any = false;
    for (let k = 0; k < parts.length; k++) {
      if (r.values[parts[k]!.code] === undefined) continue;
      perComponent[k]!++;
      any = true;
    }
    if (any) withComponents++;
  }
  const composite = row ? compositeOf(row, period) : undefined;
  return {
    index,
    year,
    usedFor: [],
    file: table.file,
    expected,
    withComposite,
    withRank,
    withComponents,
    components: parts.length,
    provinceComponents: row ? parts.filter((c) => row.values[c.code] !== undefined).length : 0,
    provinceComposite: composite?.origin ?? null,
    provinceRank: standing?.rank?.origin ?? null,
    compositeStats: coverageSuffices(withComposite, expected),
    componentStats: perComponent.some((n) => coverageSuffices(n, expected)),
    sources: row?.sources ?? [],
  };
}
