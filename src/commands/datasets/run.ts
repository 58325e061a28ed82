import { compositeOf, mainComponents } from '../../analysis/composite.js';
import { displayPath } from '../../load/display-path.js';
import { periodFor, periodSpan } from '../../model/definitions.js';
import { expectedUnits, tablesOf, type Dataset } from '../../model/dataset.js';
import type { DatasetEntry, DatasetsResult } from './result.js';

export interface DatasetsOptions {
  indices?: string[];
}

/** The index × year overview of a data folder: coverage, ranks, components and sources of every file. */
export function runDatasets(data: Dataset, opts: DatasetsOptions): DatasetsResult {
  const entries = tablesOf(data, opts.indices).map((t): DatasetEntry => {
    const period = periodFor(data.defs, t.index, t.year)!;
    const span = periodSpan(data.defs, period);
    const parts = mainComponents(period);
    const composites = t.rows.map((r) => compositeOf(r, period));
    return {
      index: t.index,
      year: t.year,
      file: t.file,
      expectedProvinces: expectedUnits(data.defs, t.year),
      provinces: t.rows.filter((r) => r.composite !== undefined || r.rank !== undefined || Object.keys(r.values).length > 0).length,
      withComposite: composites.filter((c) => c?.origin === 'published').length,
      withComputedComposite: composites.filter((c) => c?.origin === 'computed').length,
      withRank: t.rows.filter((r) => r.rank !== undefined).length,
      components: {
        expected: parts.length,
        present: parts.filter((c) => t.rows.some((r) => r.values[c.code] !== undefined)).map((c) => c.code),
        completeProvinces: parts.length === 0 ? 0 : t.rows.filter((r) => parts.every((c) => r.values[c.code] !== undefined)).length,
      },
      aggregates: t.aggregates.map((a) => a.province),
      methodologyPeriod: `${span.from}–${span.to}`,
      sources: [...new Set([...t.rows, ...t.aggregates].flatMap((r) => r.sources))],
    };
  });
  return { dataDir: displayPath(data.dataDir), entries };
}
