import { expectedUnits, type Dataset } from '../model/dataset.js';
import { periodFor } from '../model/definitions.js';
import { compositeRanks } from './ranking.js';

/**
 * The last year of an index (before `before`, when given) whose table gives at least one province
 * a composite rank (published or computed), found going back from the latest year: only the tables
 * from there on are read and ranked.
 */
export function lastRankedYear(data: Dataset, index: string, before?: number): number | undefined {
  const years = data.years(index);
  for (let i = years.length - 1; i >= 0; i--) if ((before === undefined || years[i]! < before) && isRanked(data, index, years[i]!)) return years[i];
  return undefined;
}

function isRanked(data: Dataset, index: string, year: number): boolean {
  const period = periodFor(data.defs, index, year);
  const table = data.table(index, year);
  if (!period || !table) return false;
  const set = compositeRanks(table, period, expectedUnits(data.defs, year));
  return table.rows.some((r) => set.ranks.has(r.province));
}
