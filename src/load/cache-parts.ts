// The parts of the data cache (data.bin) as JSON. JSON.parse needs no module: node:v8's deserialize
// did, and loading node:v8 (with the stream modules it pulls in) cost every call that read the cache
// about 3 ms, more than deserialising its parts. JSON has no Map, typed array, NaN or -0: the few
// Maps and matrices are tagged when stored and put back by `restorePart`, by field; `storePart`
// refuses a number JSON would change, and the build checks that every tag is put back (checkPart).
// A property whose value is undefined is left out, as JSON does: the model's optional fields read
// the same absent (nothing in src asks `in` of them).

/** The Map fields of the definitions part (the province registry is stored as its list). */
const DEFS_MAPS = ['indices', 'regions', 'sources'] as const;

/**
 * A part as JSON text: Maps as `{"$map": entries}`, Float64Arrays as `{"$f64": numbers, NaN as null}`,
 * and ASCII only (other characters as \u escapes), so that the reader decodes it as latin1: a
 * third of the time UTF-8 decoding took here.
 */
export function storePart(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { $map: [...v] };
    if (v instanceof Float64Array) return { $f64: Array.from(v, (x) => (Number.isNaN(x) ? null : x)) };
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) throw new Error(`data cache: ${v} cannot be stored as JSON`);
    return v;
  });
  return text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A part parsed back, its tagged fields made Maps and Float64Arrays again (`name` says which part it is). */
export function restorePart<T>(name: string, value: T): T {
  const v = value as Record<string, unknown>;
  if (name === 'defs') for (const key of DEFS_MAPS) v[key] = new Map((v[key] as { $map: [unknown, unknown][] }).$map);
  if (name.startsWith('level:')) v.values = Float64Array.from((v.values as { $f64: (number | null)[] }).$f64, (x) => x ?? NaN);
  return value;
}

/** A stored part as it will be read back; throws where a tag would be left in it (a Map or matrix restorePart does not know). */
export function checkPart(name: string, text: string): void {
  const back = restorePart(name, JSON.parse(text) as unknown);
  if (storePart(back) !== text || /"\$(map|f64)"/.test(JSON.stringify(back))) {
    throw new Error(`data cache: part ${name} does not read back as stored (a Map or Float64Array field restorePart does not know?)`);
  }
}
