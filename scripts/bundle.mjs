#!/usr/bin/env node
// The start-up build of issue #15: one ESM bundle of the CLI with code splitting (dist/bundle/),
// run by `npm run build` after tsc. Every `import()` in src/ becomes its own chunk, so zod and
// papaparse (the CSV path), cli-table3 (table output) and the format libraries (xlsx, charts, …)
// load only when a command reaches them; a new lazy import() keeps working without a change here.
// The data cache of the bundled data/ folder is written by scripts/data-cache.mjs, run after this.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'dist/bundle';

// Commander requires node:child_process at load time, only to spawn executable subcommands (chiso has
// none); loading it (with net, dgram, …) was a good part of every call's start-up. Here commander gets
// a stand-in that requires the real module the first time a property is read, so it is never loaded.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};
// The banner below gives each chunk a `require` for CommonJS packages; creating one costs a little,
// and most chunks (all of src/) never call it: it is kept only where `require` is used.
const BANNER = "import { createRequire as __chisoRequire } from 'node:module'; const require = __chisoRequire(import.meta.url);";

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
  banner: { js: BANNER },
  plugins: [lazyChildProcess],
  // The data cache is read only by the bundle (src/load/data-cache.ts).
  define: { __CHISO_BUNDLE__: 'true' },
  legalComments: 'none',
  logLevel: 'warning',
});

for (const dir of [OUT, join(OUT, 'chunks')]) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const body = text.slice(text.indexOf(BANNER) + BANNER.length);
    if (text.startsWith(BANNER) && !/\brequire\b/.test(body)) writeFileSync(file, body.replace(/^\n/, ''));
  }
}
