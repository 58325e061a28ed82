#!/usr/bin/env node
// The start-up build of issue #15, run by `npm run build` after tsc: the whole CLI in one CommonJS
// file (dist/bundle/chiso.cjs), run by bin/load-bundle.cjs through vm.Script with the V8 code cache
// scripts/code-cache.mjs writes for it. One file, because a code cache belongs to one script: each
// ESM module would be resolved, read and compiled on its own, every call. Lazy stays lazy: esbuild
// turns each `import()` of src/ into an initialiser run on first use, so zod and papaparse (the CSV
// path) and cli-table3 (table output) are never run by a call that does not reach them, and the
// code cache holds only what the cached calls compiled. The format libraries (vega, docx, exceljs,
// xlsx: large, ESM-only or with a top-level await) stay in node_modules, imported on their first use
// by the loader's `import()`.
import { build } from 'esbuild';
import { readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const OUT = 'dist/bundle/chiso.cjs';
const HELP_OUT = 'dist/bundle/help.cjs';
const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version;
const FORMAT_LIBRARIES = ['vega', 'vega-lite', 'docx', 'exceljs', '@e965/xlsx'];

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

// string-width makes its Intl.Segmenter when it loads, and the first Segmenter starts ICU's
// segmentation (about 15 ms of CPU here, a tenth of a call for help). chiso measures text of
// one-column characters itself (render/wrap.ts), so most calls never segment anything: the
// Segmenter is made on string-width's first real use instead. Same results, checked below.
const SEGMENTER = 'const segmenter = new Intl.Segmenter();';
const lazySegmenter = {
  name: 'lazy-segmenter',
  setup(b) {
    // string-width 7, chiso's own (cli-table3 has its own string-width 4, which needs no Segmenter).
    const own = realpathSync('node_modules/string-width/index.js'); // esbuild reports real paths
    b.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, (args) => {
      if (args.path !== own) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(SEGMENTER)) throw new Error(`bundle: ${args.path} no longer makes its Segmenter as expected`);
      const lazy = 'let realSegmenter; const segmenter = { segment: (text) => (realSegmenter ??= new Intl.Segmenter()).segment(text) };';
      return { contents: text.replace(SEGMENTER, lazy), loader: 'js' };
    });
  },
};

// cli-table3 measures every cell again with its own string-width 4, whose emoji regex is slow to
// compile and to run in a short-lived process (about 15 ms of a report here). chiso has laid the
// table out already with render/wrap.ts's textWidth (string-width 7, one-column text counted
// directly): the bundle gives cli-table3 that same measure, so drawing agrees with the layout.
const tableWidth = {
  name: 'table-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      /[\\/]node_modules[\\/]cli-table3[\\/]/.test(args.importer) ? { path: 'string-width', namespace: 'table-width' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'table-width' }, () => ({
      contents: "module.exports = require('./src/render/wrap.ts').textWidth;",
      resolveDir: resolve('.'),
      loader: 'js',
    }));
  },
};

// simple-statistics' ES build is one file of every function, and loading it computes tables chiso
// never reads (the standard normal table: about 1 ms of each call that reaches a mean or a median).
// Its source, one module per function, is that same code; the bundle takes it from there, marked
// free of side effects (what its modules do at load is compute constants), so only the modules of
// the functions chiso imports are in the bundle, checked below.
const statisticsByFunction = {
  name: 'statistics-by-function',
  setup(b) {
    const root = realpathSync('node_modules/simple-statistics');
    b.onResolve({ filter: /^simple-statistics$/ }, () => ({ path: resolve(root, 'index.js'), sideEffects: false }));
    b.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.importer.startsWith(root) ? { path: resolve(args.resolveDir, args.path), sideEffects: false } : undefined,
    );
  },
};

// The help's own bundle (dist/bundle/help.cjs): the CLI less every module loaded lazily (runners,
// views, the loader, the data cache: four fifths of the whole), which a call asking for help never
// runs; each of its import()s becomes the loader's __chisoFull(), which hands a call that reaches one
// (not a help after all, e.g. `chiso trend help` with "help" as the province) to the whole bundle,
// from the start. Reading and deserialising the whole bundle was half of what `chiso --help` cost.
const outsideHelp = {
  name: 'outside-help',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/** Bundles the CLI into `out` with the `extra` plugins; `rewrite` turns its import()s into calls of the loader's hooks. */
async function bundle(out, extra, rewrite) {
  await build({
    entryPoints: ['src/cli/main.ts'],
    outfile: out,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    charset: 'ascii', // the loader reads it as latin1, the cheapest decoding
    external: FORMAT_LIBRARIES,
    plugins: [lazyChildProcess, lazySegmenter, tableWidth, statisticsByFunction, ...extra],
    // import.meta.url is the bundle's URL and __dirname its folder (src/load/paths.ts finds the package from it), given by the loader;
    // the data cache is read only by the bundle (src/load/data-cache.ts); the version is the package's.
    define: { 'import.meta.url': '__chisoUrl', __CHISO_BUNDLE__: 'true', __CHISO_VERSION__: JSON.stringify(VERSION), __CHISO_BUNDLE_DIR__: '__dirname' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  let text = readFileSync(out, 'utf8');
  // The dependency details above must have taken effect (a moved package would slip past a plugin).
  if (!text.includes('realSegmenter')) throw new Error('bundle: string-width still makes its Segmenter when it loads');
  if (text.includes('cli-table3/node_modules/string-width')) throw new Error('bundle: cli-table3 still has its own string-width');
  if (text.includes('standardNormalTable')) throw new Error('bundle: simple-statistics still brings the functions chiso does not call');
  text = rewrite(text);
  if (/\bimport\(/.test(text.replace(/\/\/.*$/gm, ''))) throw new Error(`bundle: an import() is left in ${out}`);
  writeFileSync(out, text);
}

rmSync('dist/bundle', { recursive: true, force: true });
// A script run by vm.Script has no import() of its own (Node 20 offers one only as an experimental
// option that warns on stderr): each format library's import() goes through the loader's.
await bundle(OUT, [], (text) => {
  for (const name of FORMAT_LIBRARIES) {
    const call = `import(${JSON.stringify(name)})`;
    if (text.split(call).length !== 2) throw new Error(`bundle: expected one ${call} in ${OUT}; add it to FORMAT_LIBRARIES`);
    text = text.replace(call, `__chisoImport(${JSON.stringify(name)})`);
  }
  return text;
});
await bundle(HELP_OUT, [outsideHelp], (text) => {
  const lazy = /\bimport\((["'])[^"']+\1\)/g;
  if ((text.match(lazy) ?? []).length < 10) throw new Error(`bundle: expected the lazy modules' import()s in ${HELP_OUT}`);
  return text.replace(lazy, '__chisoFull()');
});
