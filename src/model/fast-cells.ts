import * as z from 'zod';

// Plain readers of the row schemas' cells (model/schemas.ts), so that a valid row is read without zod.

/** What a fast cell reader returns where its schema would raise an issue: zod is then asked which. */
export const FAIL: unique symbol = Symbol('FAIL');
/** A cell schema's value for a valid cell, read without zod (or FAIL). */
export type FastCell = (s: string) => unknown;
const fastCells = new WeakMap<z.ZodType, FastCell>();
/**
 * Gives a cell schema a plain reader, for the rows that are valid (nearly all): zod's parse of a row
 * was most of the cost of reading the definitions. `read` must accept only what the schema accepts,
 * with the same value (test/model/fast-cells.test.ts checks it against zod on random cells).
 */
export function withFast<T extends z.ZodType>(schema: T, read: FastCell): T {
  fastCells.set(schema, read);
  return schema;
}
/** The plain reader of a cell schema, if it has one. */
export function fastCellOf(schema: unknown): FastCell | undefined {
  return fastCells.get(schema as z.ZodType);
}
/** z.enum with its plain reader. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return withFast(z.enum(values), (s) => (values.includes(s) ? s : FAIL));
}

/**
 * The plain readers of a row schema's fields, in its shape's order; undefined when a field has none
 * or the object checks more than its fields (then every row goes through zod).
 */
export function fastRowOf(schema: z.ZodObject): { keys: string[]; readers: FastCell[] } | undefined {
  const def = schema._zod.def;
  if ((def.checks?.length ?? 0) > 0 || def.catchall !== undefined) return undefined;
  const keys = Object.keys(schema.shape);
  const readers = keys.map((k) => fastCellOf(schema.shape[k]));
  return readers.every((r) => r !== undefined) ? { keys, readers: readers as FastCell[] } : undefined;
}
