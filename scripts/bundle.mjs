#!/usr/bin/env node
// The start-up build of issue #15, run by `npm run build` after tsc: the whole CLI in one CommonJS
// file (dist/bundle/chiso.cjs), run by bin/load-bundle.cjs through vm.Script with the V8 code cache
// scripts/code-cache.mjs writes for it. One file, because a code cache belongs to one script: each
// ESM module would be resolved, read and compiled on its own, every call. Lazy stays lazy: esbuild
// turns each `import()` of src/ into an initialiser run on first use, so papaparse (the CSV path)
// and cli-table3 (table output) are never run by a call that does not reach them (zod is required
// from node_modules, only for a CSV row that fails its check: src/load/zod.ts), and the
// code cache holds only what the cached calls compiled. The format libraries (vega, docx, exceljs,
// xlsx: large, ESM-only or with a top-level await) stay in node_modules, imported on their first use
// by the loader's `import()`. The help and each command of scripts/call-kinds.mjs also get a bundle
// of their own, the CLI less the lazy modules they never reach (less code cache to deserialise).
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { checkDependencies, DEPENDENCY_PLUGINS, lazyBuiltin } from './bundle-dependencies.mjs';
import { COMMAND_KINDS } from './call-kinds.mjs';

const OUT = 'dist/bundle/chiso.cjs';
const HELP_OUT = 'dist/bundle/help.cjs';
const KINDS_OUT = 'dist/bundle/kinds.json';
const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version;
const FORMAT_LIBRARIES = ['vega', 'vega-lite', 'docx', 'exceljs', '@e965/xlsx'];

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

// A command's own bundle (dist/bundle/<command>.cjs, for the commands of scripts/call-kinds.mjs): the
// CLI less the lazy modules its calls on the bundled data never reach: the other commands' and the
// CSV path's (the loaders: a call reading the data cache never parses a CSV). Each
// import() of one becomes __chisoFull(), as in the help's bundle. Against the whole bundle, measured
// interleaved: about 9 ms of CPU less for `ranks --format json`, 7 for `validate`, 8 for the report,
// mostly the smaller code cache V8 deserialises.
const CSV_PATH = /[\\/]src[\\/]load[\\/](open-data|check-folder|definitions|departments|indicators|targets|import[\\/])/;
const commandOf = (path) => /[\\/]src[\\/]commands[\\/]([a-z]+)[\\/]/.exec(path)?.[1];
const onlyCommand = (kind) => ({
  name: 'only-command',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      // b.resolve runs the plugins again: pluginData marks that inner call, resolved as usual.
      if (args.kind !== 'dynamic-import' || args.pluginData || FORMAT_LIBRARIES.includes(args.path)) return undefined;
      const found = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: true });
      const command = commandOf(found.path);
      const outside = CSV_PATH.test(found.path) || (command !== undefined && command !== 'shared' && command !== kind);
      return outside ? { path: args.path, external: true } : found;
    });
  },
});

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
    plugins: [...DEPENDENCY_PLUGINS, ...extra],
    // import.meta.url is the bundle's URL and __dirname its folder (src/load/paths.ts finds the package from it), given by the loader;
    // the data cache is read only by the bundle (src/load/data-cache.ts); the version is the package's.
    define: { 'import.meta.url': '__chisoUrl', __CHISO_BUNDLE__: 'true', __CHISO_VERSION__: JSON.stringify(VERSION), __CHISO_BUNDLE_DIR__: '__dirname' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  let text = readFileSync(out, 'utf8');
  checkDependencies(text);
  text = rewrite(text);
  if (/\bimport\(/.test(text.replace(/\/\/.*$/gm, ''))) throw new Error(`bundle: an import() is left in ${out}`);
  writeFileSync(out, text);
}

// A script run by vm.Script has no import() of its own (Node 20 offers one only as an experimental
// option that warns on stderr): each format library's import() goes through the loader's.
/** `text` with each format library's import() (at most one each) made the loader's. */
function formatImports(text, out) {
  for (const name of FORMAT_LIBRARIES) {
    const call = `import(${JSON.stringify(name)})`;
    if (text.split(call).length > 2) throw new Error(`bundle: expected one ${call} in ${out}`);
    text = text.replace(call, `__chisoImport(${JSON.stringify(name)})`);
  }
  return text;
}
const LAZY = /\bimport\((["'])[^"']+\1\)/g;

rmSync('dist/bundle', { recursive: true, force: true });
await bundle(OUT, [], (text) => {
  for (const name of FORMAT_LIBRARIES)
    if (!text.includes(`import(${JSON.stringify(name)})`)) throw new Error(`bundle: no import of ${name} in ${OUT}; remove it from FORMAT_LIBRARIES`);
  return formatImports(text, OUT);
});
await bundle(HELP_OUT, [outsideHelp], (text) => {
  if ((text.match(LAZY) ?? []).length < 10) throw new Error(`bundle: expected the lazy modules' import()s in ${HELP_OUT}`);
  return text.replace(LAZY, '__chisoFull()');
});
for (const kind of COMMAND_KINDS) {
  const out = `dist/bundle/${kind}.cjs`;
  await bundle(out, [onlyCommand(kind)], (text) => {
    return formatImports(text, out).replace(LAZY, '__chisoFull()');
  });
}

// The answers computed ahead (src/cli/answers.ts), which bin/chiso.cjs asks first: a few modules
// without a dependency, plainly required. node:module (0.5 ms to load) is needed there only to
// hash a data file whose mtime changed (src/load/cache-manifest.ts).
await build({
  entryPoints: ['src/cli/answers.ts'],
  outfile: 'dist/bundle/answers.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // createRequire takes the file's path as well as its URL; paths.ts finds the package from the folder.
  define: { 'import.meta.url': '__filename', __CHISO_BUNDLE_DIR__: '__dirname' },
  plugins: [lazyBuiltin('module', /[\\/]cache-manifest\.ts$/, ['createRequire'])],
  logLevel: 'warning',
});

// Which bundle (and code cache) a call of each command takes, for bin/load-bundle.cjs: the command's
// own, else the whole CLI's. The names come from the commands themselves (the tsc build's registry).
const { COMMANDS } = await import('../dist/src/commands/registry.js');
const kinds = Object.fromEntries(COMMANDS.map(({ name }) => [name, COMMAND_KINDS.includes(name) ? name : 'chiso']));
writeFileSync(KINDS_OUT, `${JSON.stringify(kinds)}\n`);
