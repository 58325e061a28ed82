import type { StandingChange } from './change.js';

/** Provinces that climbed (`risers`) and fell (`fallers`) most, by percentile change, best first. */
export function biggestMovers(entries: { province: string; change: StandingChange }[], n: number): { risers: string[]; fallers: string[] } {
  // Percentiles, not places: they stay comparable when the two years rank different numbers of provinces.
  const moved = entries.filter((e) => e.change.percentileDelta !== null && !e.change.flags.includes('unit-changed'));
  const order = (a: (typeof moved)[number], b: (typeof moved)[number]) =>
    b.change.percentileDelta! - a.change.percentileDelta! ||
    b.change.places! - a.change.places! ||
    (a.province < b.province ? -1 : a.province > b.province ? 1 : 0);
  const sorted = [...moved].sort(order);
  return {
    risers: sorted
      .filter((e) => e.change.percentileDelta! > 0)
      .slice(0, n)
      .map((e) => e.province),
    fallers: sorted
      .filter((e) => e.change.percentileDelta! < 0)
      .reverse()
      .slice(0, n)
      .map((e) => e.province),
  };
}
