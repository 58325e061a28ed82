import { restorePart, storePart } from '../../src/load/cache-parts.js';

/** A data-cache part stored and read back, its arrays through their bytes as data.bin holds them. */
export function read<T>(name: string, value: T): T {
  const { text, arrays } = storePart(value);
  return restorePart(name, JSON.parse(text) as T, (i) => new Float64Array(Uint8Array.from(new Uint8Array(arrays[i]!.buffer)).buffer));
}
