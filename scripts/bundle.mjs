#!/usr/bin/env node
// The start-up build of issue #15: one ESM bundle of the CLI with code splitting (dist/bundle/),
// run by `npm run build` after tsc. Every `import()` in src/ becomes its own chunk, so zod and
// papaparse (the CSV path), cli-table3 (table output) and the format libraries (xlsx, charts, …)
// load only when a command reaches them; a new lazy import() keeps working without a change here.
// The data cache of the bundled data/ folder is written by scripts/data-cache.mjs, run after this.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const OUT = 'dist/bundle';

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS packages inside an ESM bundle still call require() for node built-ins.
  banner: { js: "import { createRequire as __chisoRequire } from 'node:module'; const require = __chisoRequire(import.meta.url);" },
  // The data cache is read only by the bundle (src/load/data-cache.ts).
  define: { __CHISO_BUNDLE__: 'true' },
  legalComments: 'none',
  logLevel: 'warning',
});
