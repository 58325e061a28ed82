import { expectedUnits, type Dataset } from '../model/dataset.js';
import { periodFor } from '../model/definitions.js';
import { compositeRanks } from './ranking.js';

/** Years of an index, ascending, whose table gives at least one province a composite rank (published or computed). */
export function rankedYears(data: Dataset, index: string): number[] {
  return data.years(index).filter((year) => isRanked(data, index, year));
}

/** The last of `rankedYears`, found going back from the latest year (only the tables from there on are read and ranked). */
export function lastRankedYear(data: Dataset, index: string): number | undefined {
  const years = data.years(index);
  for (let i = years.length - 1; i >= 0; i--) if (isRanked(data, index, years[i]!)) return years[i];
  return undefined;
}

function isRanked(data: Dataset, index: string, year: number): boolean {
  const period = periodFor(data.defs, index, year);
  const table = data.table(index, year);
  if (!period || !table) return false;
  const set = compositeRanks(table, period, expectedUnits(data.defs, year));
  return table.rows.some((r) => set.ranks.has(r.province));
}
