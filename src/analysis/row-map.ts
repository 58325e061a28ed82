import type { Observation } from '../model/types.js';
import { rowIndex } from './row-index.js';

/**
 * A read-only map from province code to a value made from the province's row on each read, in row
 * order: a table's per-province values without holding one object per row (10⁵ rows × every
 * measure and year of a report) when the caller reads one or a few of them.
 */
export class RowMap<V> implements ReadonlyMap<string, V> {
  readonly #rows: readonly Observation[];
  readonly #make: (row: Observation) => V;

  constructor(rows: readonly Observation[], make: (row: Observation) => V) {
    this.#rows = rows;
    this.#make = make;
  }

  get size(): number {
    return rowIndex(this.#rows).size;
  }

  get(code: string): V | undefined {
    const i = rowIndex(this.#rows).get(code);
    return i === undefined ? undefined : this.#make(this.#rows[i]!);
  }

  has(code: string): boolean {
    return rowIndex(this.#rows).has(code);
  }

  *entries(): MapIterator<[string, V]> {
    for (const [code, i] of rowIndex(this.#rows)) yield [code, this.#make(this.#rows[i]!)];
  }

  keys(): MapIterator<string> {
    return rowIndex(this.#rows).keys();
  }

  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}
