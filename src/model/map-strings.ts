/**
 * A plain value as JSON gives it (objects, arrays, strings, numbers) with every string `s` in it made
 * `f(s)`, in place; returns the value (a string is returned as `f` makes it). The data cache shows
 * its stored paths for the folder a call runs in this way (src/load/data-cache.ts).
 */
export function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = mapStrings(value[i], f);
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const key of Object.keys(o)) o[key] = mapStrings(o[key], f);
  }
  return value;
}
