import { UsageError } from '../model/errors.js';
import type { Definitions } from '../model/definitions.js';
import { quote } from '../model/sanitize.js';
import { say } from '../model/text.js';

/** Throws a UsageError naming the first of `indices` the definitions do not have. */
export function requireIndices(defs: Definitions, indices: string[]): void {
  const unknown = indices.find((i) => !defs.indices.has(i));
  if (!unknown) return;
  const ids = [...defs.indices.keys()].join(', ');
  throw new UsageError(
    say(`không có chỉ số ${quote(unknown)}`, `unknown index ${quote(unknown)}`),
    say(`các chỉ số có trong dữ liệu: ${ids}`, `known indices: ${ids}`),
  );
}
