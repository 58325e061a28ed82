import { UsageError } from '../model/errors.js';
import type { Definitions } from '../model/definitions.js';
import { quote } from '../model/sanitize.js';

/** Throws a UsageError naming the first of `indices` the definitions do not have. */
export function requireIndices(defs: Definitions, indices: string[]): void {
  const unknown = indices.find((i) => !defs.indices.has(i));
  if (unknown) throw new UsageError(`unknown index ${quote(unknown)}`, `known indices: ${[...defs.indices.keys()].join(', ')}`);
}
