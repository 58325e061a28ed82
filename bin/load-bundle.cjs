// Runs the start-up bundle (dist/bundle/chiso.cjs, or help.cjs for a help: scripts/bundle.mjs) with a V8 code cache that
// `npm run build` wrote for it (scripts/code-cache.mjs), so a call neither parses nor compiles what
// the cached calls compiled. Node 20 has no compile cache of its own (module.enableCompileCache is
// Node ≥ 22.1), and V8's cachedData is reachable only through vm.Script, hence this small loader.
// V8 checks a cache against its own version, its flags and the source: a cache it rejects (another
// Node, a rebuilt bundle) costs the compile and changes nothing else.
const { existsSync, readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

const DIR = join(__dirname, '..', 'dist', 'bundle');
/**
 * The code cache of a call: V8 deserialises a whole cache before running anything (about 1 ms per
 * 80 KB here), so each command scripts call often has its own, holding only what that command
 * compiles; the help's holds commander and the declarations; any other call takes the report's.
 */
const cacheFile = (kind) => join(DIR, `${kind}.cache`);
const HELP = new Set(['-h', '--help', 'help', '-V', '--version']);
const asksHelp = (argv) => argv.some((a) => HELP.has(a));

/** The bundle of a kind of call: the help's own (the CLI less what its commands load lazily), or the whole CLI. */
const bundleOf = (kind) => (kind === 'help' ? 'help' : 'chiso');

/** The kind of a call, for its code cache and its bundle: a guess from its arguments (a wrong guess costs time only). */
function kindOf(argv) {
  if (asksHelp(argv)) return 'help';
  // The command is the first word with a cache of its own (a value of --data or --lang has none).
  return argv.find((word) => /^[a-z]+$/.test(word) && existsSync(cacheFile(word))) ?? 'report';
}

/**
 * Loads a bundle (dist/bundle/<name>.cjs) with `cachedData` (null: compile as usual); returns its
 * exports (run, main) and the compiled script, which the build asks for a new cache. The format
 * libraries stay in node_modules, imported by the `__chisoImport` given to the bundle on their first
 * use. A call that reaches a lazy module of the help's bundle is not a help: `__chisoFull` runs it
 * again from the start in the whole bundle (nothing has been written by then), and the help's run
 * is left waiting forever, holding nothing that keeps the process alive.
 */
function loadBundle(cachedData, name) {
  const file = join(DIR, `${name}.cjs`);
  const source = readFileSync(file, 'latin1'); // esbuild writes ASCII only (charset: 'ascii')
  const wrapped = `(function (exports, require, module, __filename, __dirname, __chisoImport, __chisoUrl, __chisoFull) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData: cachedData ?? undefined });
  const bundle = { exports: {} };
  const load = (specifier) => import(specifier);
  let handedOver = false;
  const full = () => {
    if (!handedOver) loadBundle(readCache('report'), 'chiso').exports.main();
    handedOver = true;
    return new Promise(() => {});
  };
  script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, DIR, load, fileUrl(file), full);
  return { exports: bundle.exports, script };
}

/** The file: URL of a path; one of letters, digits and `/._-` only needs no escaping (pathToFileURL cost a call about 0.8 ms). */
const fileUrl = (path) => (/^[\w/.-]+$/.test(path) ? `file://${path}` : require('node:url').pathToFileURL(path).href);

/** Runs the call of this process. */
function main() {
  const kind = kindOf(process.argv.slice(2));
  return loadBundle(readCache(kind), bundleOf(kind)).exports.main();
}

function readCache(kind) {
  try {
    return readFileSync(cacheFile(kind));
  } catch {
    return undefined; // none for that word, or not built: V8 compiles as usual
  }
}

module.exports = { cacheFile, readCache, bundleOf, loadBundle, main };
