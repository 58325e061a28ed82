// Runs a start-up bundle (dist/bundle/: the whole CLI, chiso.cjs, or the help's or a command's own,
// scripts/bundle.mjs) with a V8 code cache that `npm run build` wrote for it (scripts/code-cache.mjs),
// so a call neither parses nor compiles what the cached calls compiled. Node 20 has no compile cache of its own (module.enableCompileCache is
// Node ≥ 22.1), and V8's cachedData is reachable only through vm.Script, hence this small loader.
// V8 checks a cache against its own version, its flags and the source: a cache it rejects (another
// Node, a rebuilt bundle) costs the compile and changes nothing else.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

const DIR = join(__dirname, '..', 'dist', 'bundle');
/**
 * The code cache of a kind of call: V8 deserialises a whole cache before running anything (about 1 ms
 * per 80 KB here), so each kind has its own, holding only what its calls compile (scripts/call-kinds.mjs).
 */
const cacheFile = (kind) => join(DIR, `${kind}.cache`);
const HELP = new Set(['-h', '--help', 'help', '-V', '--version']);
const asksHelp = (argv) => argv.some((a) => HELP.has(a));
/** The data folder is not the bundled one (--data, CHISO_DATA): the CSV path, which only the whole CLI holds. */
const readsCsv = (argv, env) => Boolean(env.CHISO_DATA) || argv.some((a) => a === '--data' || a.startsWith('--data='));

/**
 * The kind of a call, which names its bundle (dist/bundle/<kind>.cjs) and its code cache: the help's,
 * a command's own (dist/bundle/kinds.json, written by scripts/bundle.mjs), the report's when no
 * command is named, else `chiso`, the whole CLI. A guess from the arguments: a wrong one costs time only.
 */
function kindOf(argv, env) {
  if (asksHelp(argv)) return 'help';
  if (readsCsv(argv, env)) return 'chiso';
  let kinds = {};
  try {
    kinds = JSON.parse(readFileSync(join(DIR, 'kinds.json'), 'utf8'));
  } catch {
    // a bundle built without it: every call takes the whole CLI or the report's
  }
  // The command is the first word naming one (a value of --province or --lang names none).
  const word = argv.find((w) => Object.hasOwn(kinds, w));
  return word === undefined ? 'report' : kinds[word];
}

/**
 * Loads the bundle of a kind (dist/bundle/<kind>.cjs) with `cachedData` (null: compile as usual);
 * returns its exports (run, main) and the compiled script, which the build asks for a new cache. The
 * format libraries stay in node_modules, imported by the `__chisoImport` given to the bundle on their
 * first use. A call that reaches a lazy module its bundle left out (the help's, a command's) is
 * handed over: `__chisoFull` (`handOver` unless given) runs it again from the start in the whole CLI
 * (nothing has been written by then), and the first run is left waiting forever, holding nothing
 * that keeps the process alive.
 */
function loadBundle(cachedData, kind, handOver = full) {
  const file = join(DIR, `${kind}.cjs`);
  const source = readFileSync(file, 'latin1'); // esbuild writes ASCII only (charset: 'ascii')
  const wrapped = `(function (exports, require, module, __filename, __dirname, __chisoImport, __chisoUrl, __chisoFull) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData: cachedData ?? undefined });
  const bundle = { exports: {} };
  const load = (specifier) => import(specifier);
  script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, DIR, load, fileUrl(file), handOver);
  return { exports: bundle.exports, script };
}

/** The file: URL of a path; one of letters, digits and `/._-` only needs no escaping (pathToFileURL cost a call about 0.8 ms). */
const fileUrl = (path) => (/^[\w/.-]+$/.test(path) ? `file://${path}` : require('node:url').pathToFileURL(path).href);

let handedOver = false;
/** Runs this process's call in the whole CLI, once (a bundle may reach several left-out modules at once). */
function full() {
  if (!handedOver) loadBundle(readCache('chiso'), 'chiso').exports.main();
  handedOver = true;
  return new Promise(() => {});
}

/** Runs the call of this process. */
function main() {
  const kind = kindOf(process.argv.slice(2), process.env);
  return loadBundle(readCache(kind), kind).exports.main();
}

function readCache(kind) {
  try {
    return readFileSync(cacheFile(kind));
  } catch {
    return undefined; // none for that word, or not built: V8 compiles as usual
  }
}

module.exports = { cacheFile, readCache, kindOf, loadBundle, main };
