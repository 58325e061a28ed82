/**
 * The runners as the CLI drives them (open the data, resolve the province, read the mapping),
 * with names as typed: so that tests of a runner read like the command line they stand for.
 */
import type { BenchmarkSpec } from '../../src/analysis/benchmark.js';
import { runChanges, type ChangesOptions } from '../../src/commands/changes/run.js';
import { runDepartments, type DepartmentsOptions } from '../../src/commands/departments/run.js';
import { runGaps, type GapsOptions } from '../../src/commands/gaps/run.js';
import { runProposals, type ProposalsOptions } from '../../src/commands/proposals/run.js';
import { runRanks, type RanksOptions } from '../../src/commands/ranks/run.js';
import { runReport, type ReportOptions } from '../../src/commands/report/run.js';
import { benchmarkRequest } from '../../src/commands/shared/resolve.js';
import { runTrend, type TrendOptions } from '../../src/commands/trend/run.js';
import { runWeakest, type WeakestOptions } from '../../src/commands/weakest/run.js';
import { requireDepartments } from '../../src/load/departments.js';
import { openData } from '../../src/load/open-data.js';
import type { Dataset } from '../../src/model/dataset.js';
import { provinceSeries } from '../../src/model/province-series.js';

interface Where {
  dataDir: string;
  departments?: string;
}
type Named<O> = Omit<O, 'series' | 'benchmark'> & Where & { province: string; benchmark?: BenchmarkSpec };

const series = (data: Dataset, name: string) => provinceSeries(data.defs, name);
const mapping = (data: Dataset, file?: string) => requireDepartments(data.dataDir, file, data.defs);
const bench = (data: Dataset, spec: BenchmarkSpec = { kind: 'median' }) => benchmarkRequest(spec, data.defs);
const all = (dataDir: string, year?: number) => openData(dataDir, { years: year === undefined ? undefined : (y) => y <= year, readAll: true });

export const ranks = (o: RanksOptions & Where) => runRanks(openData(o.dataDir, { indices: [o.index] }), o);

export function changes(o: Omit<ChangesOptions, 'series'> & Where & { province?: string }) {
  const data = openData(o.dataDir, { indices: [o.index] });
  return runChanges(data, { ...o, series: o.province === undefined ? undefined : series(data, o.province) });
}

export function trend(o: Omit<TrendOptions, 'series'> & Where & { province: string }) {
  const data = openData(o.dataDir, {
    indices: o.indices,
    readAll: true,
    years: (y) => (o.from === undefined || y >= o.from) && (o.to === undefined || y <= o.to),
  });
  return { data, result: runTrend(data, { ...o, series: series(data, o.province) }) };
}

export function gaps(o: Named<GapsOptions>) {
  const data = openData(o.dataDir, { indices: [o.index] });
  return runGaps(data, mapping(data, o.departments), { ...o, series: series(data, o.province), benchmark: bench(data, o.benchmark) });
}

export function weakest(o: Named<WeakestOptions>) {
  const data = openData(o.dataDir, { indices: o.indices });
  return runWeakest(data, mapping(data, o.departments), { ...o, series: series(data, o.province), benchmark: bench(data, o.benchmark) });
}

export function departments(o: Omit<DepartmentsOptions, 'series' | 'benchmark'> & Where & { province?: string; benchmark?: BenchmarkSpec }) {
  const data = openData(o.dataDir, { indices: o.indices });
  const name = o.province ?? (o.year !== undefined ? 'Quảng Trị' : undefined);
  return runDepartments(data, mapping(data, o.departments), {
    ...o,
    series: name === undefined ? undefined : series(data, name),
    benchmark: bench(data, o.benchmark),
  });
}

export function report(o: Omit<ReportOptions, 'series'> & Where & { province: string }) {
  const data = all(o.dataDir, o.year);
  return runReport(data, mapping(data, o.departments), { ...o, series: series(data, o.province) });
}

export function proposals(o: Omit<ProposalsOptions, 'series'> & Where & { province: string }) {
  const data = all(o.dataDir, o.year);
  return runProposals(data, mapping(data, o.departments), { ...o, series: series(data, o.province) });
}
