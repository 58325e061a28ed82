import type { Period } from '../model/types.js';

/** A methodology change between two years of one index. */
export interface MethodologyBreak {
  index: string;
  /** First year of the new methodology. */
  year: number;
  changeVi?: string;
  changeEn?: string;
}

/**
 * The methodology changes an index went through after `from` and up to `to` (either order):
 * every start of a new period id inside that span. Comparing scores across one is not like for like.
 */
export function breaksBetween(periods: Period[], index: string, from: number, to: number): MethodologyBreak[] {
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  const own = periodsOf(periods, index);
  const out: MethodologyBreak[] = [];
  for (let i = 1; i < own.length; i++) {
    const [prev, cur] = [own[i - 1]!, own[i]!];
    if (cur.id !== prev.id && cur.fromYear > lo && cur.fromYear <= hi) {
      out.push({ index, year: cur.fromYear, changeVi: cur.changeVi, changeEn: cur.changeEn });
    }
  }
  return out;
}

// Asked for at every change a report or a history works out (a hundred per report): each index's
// periods are picked out of the list and sorted once per list.
const sortedPeriods = new WeakMap<Period[], Map<string, Period[]>>();

function periodsOf(periods: Period[], index: string): Period[] {
  let byIndex = sortedPeriods.get(periods);
  if (!byIndex) sortedPeriods.set(periods, (byIndex = new Map()));
  let own = byIndex.get(index);
  if (!own) byIndex.set(index, (own = periods.filter((p) => p.index === index).sort((a, b) => a.fromYear - b.fromYear)));
  return own;
}
