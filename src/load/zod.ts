import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Z } from '../model/fast-cells.js';
import { PACKAGE_ROOT } from './paths.js';

let zod: Z | undefined;

/**
 * zod, loaded on the first row a plain cell reader rejects (model/fast-cells.ts): a valid data
 * folder is read without it. Required, not imported: the readers are synchronous, and an import
 * would load it (its locales too, over 100 ms for the plain tsc build) on every read of a folder.
 */
export function loadZod(): Z {
  return (zod ??= createRequire(join(PACKAGE_ROOT, 'package.json'))('zod') as Z);
}
