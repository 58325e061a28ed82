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
/** The bundle. */
const BUNDLE = join(DIR, 'chiso.cjs');
/**
 * Its two code caches: the help's holds commander and the command declarations only, so a call for
 * help loads a smaller cache; the other holds what the data commands compile as well.
 */
const CODE_CACHES = { help: join(DIR, 'help.cache'), data: join(DIR, 'data.cache') };
const HELP = new Set(['-h', '--help', 'help', '-V', '--version']);

/** Which code cache suits a call: a guess from its arguments (a wrong guess costs time only). */
function cacheKind(argv) {
  return argv.some((a) => HELP.has(a)) ? 'help' : 'data';
}

/**
 * Loads the bundle with the code cache of `kind` (null: none, compile as usual); returns its exports
 * (run, main) and the compiled script, which the build asks for a new cache. The format libraries
 * stay in node_modules, imported by the `__chisoImport` given to the bundle on their first use.
 */
function loadBundle(kind = cacheKind(process.argv.slice(2))) {
  const cachedData = kind ? readCache(CODE_CACHES[kind]) : undefined;
  const source = readFileSync(BUNDLE, 'latin1'); // esbuild writes ASCII only (charset: 'ascii')
  const wrapped = `(function (exports, require, module, __filename, __dirname, __chisoImport, __chisoUrl) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  const load = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, DIR, load, pathToFileURL(BUNDLE).href);
  return { exports: module.exports, script };
}

function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined; // not built: V8 compiles as usual
  }
}

module.exports = { BUNDLE, CODE_CACHES, cacheKind, loadBundle };
