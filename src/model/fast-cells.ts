import type * as Zod from 'zod';

// The row schemas of the definition files (model/schemas.ts and its neighbours) as cells: each
// with a plain reader for the valid cells (nearly all), and its zod schema, built only when a row
// has a cell its reader rejects (then zod says what is wrong). Loading zod and building the
// schemas was most of the cost of reading the definitions (over 100 ms for the plain tsc build).

/** The zod namespace, as the loader hands it to the schema builders (src/load/zod.ts). */
export type Z = typeof Zod;

/** What a plain reader returns where its schema would raise an issue: zod is then asked which. */
export const FAIL: unique symbol = Symbol('FAIL');

/** A cell's value read without zod (or FAIL). */
export type FastCell = (s: string) => unknown;

/** A cell type: how to build its zod schema, and (if it has one) its plain reader. */
export interface Cell<S extends Zod.ZodType = Zod.ZodType> {
  /** The schema, built once per zod namespace. */
  zod: (z: Z) => S;
  /**
   * Must accept only what the schema accepts, with the same value: test/model/fast-cells.test.ts
   * checks it against zod on random cells.
   */
  read?: FastCell;
}

/** A cell type from its schema builder and its plain reader. */
export function cell<S extends Zod.ZodType>(build: (z: Z) => S, read?: FastCell): Cell<S> {
  const built = new Map<Z, S>();
  const zod = (z: Z) => {
    let s = built.get(z);
    if (!s) built.set(z, (s = build(z)));
    return s;
  };
  return { zod, read };
}

/** z.enum of these values, with its plain reader. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return cell(
    (z) => z.enum(values),
    (s) => (values.includes(s) ? s : FAIL),
  );
}

/** The zod object schema of a row's cells. */
type RowSchema<C extends Record<string, Cell>> = Zod.ZodObject<{ [K in keyof C]: ReturnType<C[K]['zod']> }>;

/** A row schema: its cells by column name, in order, and its zod object (built on first need). */
export interface Row<C extends Record<string, Cell> = Record<string, Cell>> {
  cells: C;
  keys: string[];
  /** The cells' plain readers in the order of `keys`; undefined when a cell has none (every row goes through zod). */
  readers?: FastCell[];
  zod: (z: Z) => RowSchema<C>;
}

/** A row as read: the value of each of its cells. */
export type RowOf<R extends Row> = Zod.output<ReturnType<R['zod']>>;

/** A row schema of these cells. */
export function row<C extends Record<string, Cell>>(cells: C): Row<C> {
  const keys = Object.keys(cells);
  const readers = keys.map((k) => cells[k]!.read);
  const object = cell((z) => z.object(Object.fromEntries(keys.map((k) => [k, cells[k]!.zod(z)]))) as RowSchema<C>);
  return { cells, keys, readers: readers.every((r) => r !== undefined) ? (readers as FastCell[]) : undefined, zod: object.zod };
}
