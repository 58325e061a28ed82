import { expectedUnits, type Dataset } from '../model/dataset.js';
import { periodFor } from '../model/definitions.js';
import { standingsOf } from './standing.js';

/** Years of an index, ascending, whose table gives at least one province a composite rank (published or computed). */
export function rankedYears(data: Dataset, index: string): number[] {
  return data.years(index).filter((year) => {
    const period = periodFor(data.defs, index, year);
    const table = data.table(index, year);
    if (!period || !table) return false;
    const s = standingsOf(table, period, expectedUnits(data.defs, year), { kind: 'composite' });
    return [...s.byProvince.values()].some((x) => x.rank !== null);
  });
}
