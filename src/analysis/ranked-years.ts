import { expectedUnits, type Dataset } from '../model/dataset.js';
import { periodFor } from '../model/definitions.js';
import { standingsOf } from './standing.js';

/** Years of an index, ascending, whose table gives at least one province a composite rank (published or computed). */
export function rankedYears(data: Dataset, index: string): number[] {
  const years: number[] = [];
  for (const t of data.tables) {
    if (t.index !== index) continue;
    const period = periodFor(data.defs, index, t.year);
    if (!period) continue;
    const s = standingsOf(t, period, expectedUnits(data.defs, t.year), { kind: 'composite' });
    if ([...s.byProvince.values()].some((x) => x.rank !== null)) years.push(t.year);
  }
  return years.sort((a, b) => a - b);
}
