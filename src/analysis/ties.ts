/**
 * Standard competition ranking and the tie lists of its members. A tie group's members share one
 * list; each member's `tiedWith` (the others) is built only when read, so that a group of g ties
 * costs Θ(g), not Θ(g²), unless someone prints it.
 */

/**
 * Standard competition ranking ("1, 2, 2, 4"): higher values rank better, equal values share the
 * best place. Values are compared as stored, which is the owners' own precision.
 */
export function competitionRanks(items: { key: string; value: number }[]): Map<string, { rank: number; tiedWith: string[] }> {
  // Ties are broken by key only to make the output order independent of the input order.
  const sorted = [...items].sort((a, b) => b.value - a.value || compareKeys(a.key, b.key));
  const out = new Map<string, { rank: number; tiedWith: string[] }>();
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1]!.value === sorted[start]!.value) end++;
    const group = sorted.slice(start, end + 1).map((i) => i.key);
    // Not a spread of a lazy object: a spread reads the getter, which built every member's list (Θ(g²)).
    for (const key of group) out.set(key, lazyTiedWith({ rank: start + 1 }, group, key));
    start = end + 1;
  }
  return out;
}

/**
 * The competition rank of one `value` among `values` (higher ranks better): one more than the number
 * of values strictly above it, the place competitionRanks gives it, without sorting them all.
 */
export function competitionRankOf(values: readonly number[], value: number): number {
  let above = 0;
  // An index loop: cold, for…of allocates an iterator result per value, and this runs per indicator.
  for (let i = 0; i < values.length; i++) if (values[i]! > value) above++;
  return above + 1;
}

/** Code-unit order of two keys (the order ties are listed in). */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Where a tied member's `tiedWith` comes from: its group (shared by all members) and itself. */
interface TieState {
  group: readonly string[];
  key: string;
}

// Kept under a symbol that is not enumerable, so JSON, spreads and Object.keys never see it.
const TIES = Symbol('ties');

/**
 * One getter for every tied member: the same function makes V8 give all members one hidden class,
 * where a closure per member gave each its own (the memory of millions of tied ranks).
 */
function tiedWithOfState(this: { [TIES]: TieState }): string[] {
  const { group, key } = this[TIES];
  // Made on each read and not kept: a JSON of every member reads each list once, and keeping them
  // held Θ(g²) codes per tie group for the rest of the call (6·10⁶ at 10⁵ provinces, promoted by GC).
  // A native copy less one place (three times quicker than pushing the others one by one); a group
  // naming `key` twice (a table repeating a row) has every occurrence left out, as before.
  const others = group.slice();
  const at = others.indexOf(key);
  if (at >= 0) others.splice(at, 1);
  return others.includes(key) ? others.filter((k) => k !== key) : others;
}

/** Gives `target` an enumerable `tiedWith` read from `state` on first use (so JSON and spreads see a plain array). */
function defineTies<T extends object>(target: T, state: TieState): T & { tiedWith: string[] } {
  Object.defineProperty(target, TIES, { value: state, enumerable: false, configurable: true });
  return Object.defineProperty(target, 'tiedWith', { get: tiedWithOfState, enumerable: true, configurable: true }) as T & { tiedWith: string[] };
}

/** `target` with `tiedWith`: the group (sorted, `key` among them) without `key`, built when read. */
export function lazyTiedWith<T extends object>(target: T, group: readonly string[], key: string): T & { tiedWith: string[] } {
  if (group.length === 1) return Object.assign(target, { tiedWith: [] as string[] });
  return defineTies(target, { group, key });
}
