import type { Dataset } from '../../model/dataset.js';
import type { DepartmentMapping } from '../../model/departments.js';
import type { Definitions } from '../../model/definitions.js';
import type { DataNeed } from '../../load/open-data.js';
import type { IndicatorSet } from '../../model/indicators.js';
import { provinceSeries, type AggregatePolicy } from '../../model/province-series.js';
import type { CommandEnv } from './command-def.js';

/**
 * Opens the data a command needs: the bundled folder from the build's data cache while its files are
 * unchanged, else the CSV files (the loader, zod and papaparse are loaded only then, never at start-up).
 */
export async function open(dataDir: string, need: DataNeed = {}): Promise<Dataset> {
  const cached = (await import('../../load/data-cache.js')).cachedData(dataDir, need);
  return cached ?? (await import('../../load/open-data.js')).openData(dataDir, need);
}

/** The department mapping: `--departments FILE`, else the data folder's departments.csv, else the bundled one. */
export async function openMapping(dataDir: string, file: string | undefined, defs: Definitions): Promise<DepartmentMapping> {
  const cached = (await import('../../load/data-cache.js')).cachedMapping(dataDir, file);
  return cached ?? (await import('../../load/departments.js')).requireDepartments(dataDir, file, defs);
}

/** What report-like commands read once: every table (up to `year`), the province's units, the department mapping, the indicators. */
export async function openProvince(env: CommandEnv, flags: { province?: string; year?: number; departments?: string }, aggregates?: AggregatePolicy) {
  const { year } = flags;
  const data = await open(env.dataDir, { years: year === undefined ? undefined : (y) => y <= year, readAll: true });
  const series = provinceSeries(data.defs, env.province(flags.province), aggregates);
  const mapping = await openMapping(env.dataDir, flags.departments, data.defs);
  const indicators = await openIndicators(env.dataDir, data.defs);
  return { data, series, mapping, indicators };
}

/** The indicators below the components (indicators.csv, indicator-values.csv of the data folder). */
export async function openIndicators(dataDir: string, defs: Definitions): Promise<IndicatorSet> {
  const cached = (await import('../../load/data-cache.js')).cachedIndicators(dataDir);
  return cached ?? (await import('../../load/indicators.js')).requireIndicators(dataDir, defs);
}
