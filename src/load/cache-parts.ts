// The parts of the data cache (data.bin) as JSON. JSON.parse needs no module: node:v8's deserialize
// did, and loading node:v8 (with the stream modules it pulls in) cost every call that read the cache
// about 3 ms, more than deserialising its parts. JSON has no Map, typed array, NaN or -0: the few
// Maps are tagged when stored and put back by `restorePart`, by field; a Float64Array is stored
// apart as its bytes (an indicator matrix read that way costs nothing to parse); `storePart` refuses a
// number JSON would change, and the build checks that every tag is put back (checkPart).
// A property whose value is undefined is left out, as JSON does: the model's optional fields read
// the same absent (nothing in src asks `in` of them). A year table is stored apart from its rows'
// values (cache-table.ts).

/** The Map fields of the definitions part (the province registry is stored as its list). */
const DEFS_MAPS = ['indices', 'regions', 'sources'] as const;

/** A part as stored: its JSON text, and the Float64Arrays it holds, each stored as its bytes. */
export interface StoredPart {
  text: string;
  arrays: Float64Array[];
}

/**
 * A part as JSON text: Maps as `{"$map": entries}`, the i-th Float64Array as `{"$f64": i}` (its
 * bytes in `arrays`), and ASCII only (other characters as \u escapes), so that the reader decodes it
 * as latin1: a third of the time UTF-8 decoding took here.
 */
export function storePart(value: unknown): StoredPart {
  const arrays: Float64Array[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { $map: [...v] };
    if (v instanceof Float64Array) return { $f64: arrays.push(v) - 1 };
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) throw new Error(`data cache: ${v} cannot be stored as JSON`);
    return v;
  });
  return { text: text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), arrays };
}

/** A part parsed back, its tagged fields made Maps and Float64Arrays (the i-th: `array(i)`) again; `name` says which part it is. */
export function restorePart<T>(name: string, value: T, array: (i: number) => Float64Array): T {
  const v = value as Record<string, unknown>;
  if (name === 'defs') for (const key of DEFS_MAPS) v[key] = new Map((v[key] as { $map: [unknown, unknown][] }).$map);
  if (name.startsWith('level:')) v.values = array((v.values as { $f64: number }).$f64);
  return value;
}

/** A stored part as it will be read back; throws where a tag would be left in it (a Map or matrix restorePart does not know). */
export function checkPart(name: string, stored: StoredPart): void {
  const back = restorePart(name, JSON.parse(stored.text) as unknown, (i) => Float64Array.from(stored.arrays[i]!));
  const again = storePart(back);
  const same =
    again.text === stored.text && again.arrays.length === stored.arrays.length && again.arrays.every((a, i) => bytesOf(a).equals(bytesOf(stored.arrays[i]!)));
  if (!same || /"\$(map|f64)"/.test(JSON.stringify(back))) {
    throw new Error(`data cache: part ${name} does not read back as stored (a Map or Float64Array field restorePart does not know?)`);
  }
}

/** The bytes of an array, as data.bin holds them. */
export const bytesOf = (a: Float64Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
