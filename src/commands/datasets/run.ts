import { compositeOf, mainComponents } from '../../analysis/composite.js';
import { displayPath } from '../../load/definitions.js';
import { periodFor, periodSpan } from '../../model/definitions.js';
import { openDataset } from '../../load/dataset.js';
import { expectedUnits } from '../../model/dataset.js';
import { datasetsDoc } from './view.js';
import type { Output } from '../output.js';

export interface DatasetsOptions {
  dataDir: string;
  indices?: string[];
}

/** What one year file holds. */
export interface DatasetEntry {
  index: string;
  year: number;
  file: string;
  /** Provincial units that existed that year. */
  expectedProvinces: number;
  /** Provinces with any value. */
  provinces: number;
  /** Provinces with a published composite, and with one computed from complete components by the known rule. */
  withComposite: number;
  withComputedComposite: number;
  withRank: number;
  /** Components of the year's methodology, and those with at least one value. */
  components: { expected: number; present: string[]; completeProvinces: number };
  /** National aggregate rows (e.g. average of 63 provinces). */
  aggregates: string[];
  methodologyPeriod: string;
  sources: string[];
}

export interface DatasetsResult {
  dataDir: string;
  entries: DatasetEntry[];
}

/** The index × year overview of a data folder: coverage, ranks, components and sources of every file. */
export function runDatasets(opts: DatasetsOptions): Output<DatasetsResult> {
  const data = openDataset(opts.dataDir, { indices: opts.indices });
  const entries = data.tables.map((t): DatasetEntry => {
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
  const result = { dataDir: displayPath(opts.dataDir), entries };
  return { result, doc: (view) => datasetsDoc(result, data.defs, view) };
}
