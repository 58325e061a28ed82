// Runs the start-up bundle (dist/bundle/chiso.cjs, scripts/bundle.mjs) with a V8 code cache that
// `npm run build` wrote for it (scripts/code-cache.mjs), so a call neither parses nor compiles what
// the cached calls compiled. Node 20 has no compile cache of its own (module.enableCompileCache is
// Node ≥ 22.1), and V8's cachedData is reachable only through vm.Script, hence this small loader.
// V8 checks a cache against its own version, its flags and the source: a cache it rejects (another
// Node, a rebuilt bundle) costs the compile and changes nothing else.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const DIR = join(__dirname, '..', 'dist', 'bundle');
const BUNDLE = join(DIR, 'chiso.cjs');
/**
 * The code cache of a call: V8 deserialises a whole cache before running anything (about 1 ms per
 * 80 KB here), so each command scripts call often has its own, holding only what that command
 * compiles; the help's holds commander and the declarations; any other call takes the report's.
 */
const cacheFile = (kind) => join(DIR, `${kind}.cache`);
const HELP = new Set(['-h', '--help', 'help', '-V', '--version']);

/** The code cache for a call: a guess from its arguments (a wrong guess costs time only). */
function cacheFor(argv) {
  if (argv.some((a) => HELP.has(a))) return readCache('help');
  // The command is the first word with a cache of its own (a value of --data or --lang has none).
  for (const word of argv)
    if (/^[a-z]+$/.test(word)) {
      const cache = readCache(word);
      if (cache) return cache;
    }
  return readCache('report');
}

/**
 * Loads the bundle with `cachedData` (null: compile as usual); returns its exports (run, main)
 * and the compiled script, which the build asks for a new cache. The format libraries stay in
 * node_modules, imported by the `__chisoImport` given to the bundle on their first use.
 */
function loadBundle(cachedData = cacheFor(process.argv.slice(2))) {
  const source = readFileSync(BUNDLE, 'latin1'); // esbuild writes ASCII only (charset: 'ascii')
  const wrapped = `(function (exports, require, module, __filename, __dirname, __chisoImport, __chisoUrl) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: BUNDLE, cachedData: cachedData ?? undefined });
  const bundle = { exports: {} };
  const load = (specifier) => import(specifier);
  script.runInThisContext()(bundle.exports, createRequire(BUNDLE), bundle, BUNDLE, DIR, load, pathToFileURL(BUNDLE).href);
  return { exports: bundle.exports, script };
}

function readCache(kind) {
  try {
    return readFileSync(cacheFile(kind));
  } catch {
    return undefined; // none for that word, or not built: V8 compiles as usual
  }
}

module.exports = { cacheFile, readCache, loadBundle };
