import type { HistoryYear } from '../analysis/rank-history.js';
import { RANKS } from '../i18n/ranks.js';
import type { View } from '../i18n/view.js';
import type { Definitions } from '../model/definitions.js';
import { yearRuns } from '../model/lookup.js';
import { provinceName } from './format.js';

/**
 * The notes an aggregate's history ("Cả nước") needs, each said once: that it is not ranked, which
 * years of each index have its figure and which do not, and where another national row (the PAR
 * INDEX mean of the provinces) stands in for it, as `--benchmark national` reads it.
 */
export function aggregateNotes(
  asked: string,
  indices: { index: string; years: Pick<HistoryYear, 'year' | 'unit' | 'noRank'>[]; tableYears: number[] }[],
  defs: Definitions,
  view: View,
): string[] {
  const t = view.pick(RANKS);
  const name = provinceName(defs, asked, view);
  const notes = [t.aggregateNote(name)];
  for (const h of indices) {
    const short = defs.indices.get(h.index)?.shortName ?? h.index;
    const have = h.years.filter((y) => y.noRank !== 'no-data');
    if (h.tableYears.length === 0) continue;
    if (have.length === 0) {
      notes.push(t.aggregateNone(short, name, yearRuns(h.tableYears)));
      continue;
    }
    const used = [...new Set(have.map((y) => y.unit))];
    const label = used.map((u) => provinceName(defs, u, view)).join(' / ');
    const standIns = used.filter((u) => u !== asked);
    if (standIns.length > 0) notes.push(t.aggregateStandIn(short, standIns.map((u) => provinceName(defs, u, view)).join(' / '), name));
    const missing = h.tableYears.filter((y) => !have.some((x) => x.year === y));
    if (missing.length > 0) notes.push(t.aggregateCoverage(short, label, yearRuns(have.map((y) => y.year)), yearRuns(missing)));
  }
  return notes;
}
