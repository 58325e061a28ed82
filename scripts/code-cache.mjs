#!/usr/bin/env node
// The V8 code caches of the start-up bundle (issue #15), written by `npm run build` after the bundle
// and the data cache: a process runs the calls of one cache, printing nothing, then asks V8 for the
// compiled code of the bundle, which now holds every function those calls compiled. Each cache is
// made in its own process, since V8 shares compiled code between scripts of one source.
// bin/load-bundle.cjs hands one back to V8 on each call; V8 rejects it unless its version, its flags
// and the source match, so a stale cache costs time, never a wrong result.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleOf, cacheFile, loadBundle } from '../bin/load-bundle.cjs';

// One cache per kind of call (bin/load-bundle.cjs picks it from the arguments): the help, the default
// report (also taken by the commands without a cache of their own), and the commands scripts call
// in loops, each in its table and JSON forms.
const forms = (...argv) => [argv, [...argv, '--format', 'json']];
const CALLS = {
  help: [['--help'], ['ranks', '--help']],
  report: forms(),
  ranks: forms('ranks'),
  validate: forms('validate'),
  trend: forms('trend'),
  gaps: forms('gaps'),
  changes: forms('changes'),
  weakest: forms('weakest'),
  departments: forms('departments'),
  datasets: forms('datasets'),
};

const kind = process.argv[2];
if (!kind) {
  for (const name of Object.keys(CALLS)) execFileSync(process.execPath, [fileURLToPath(import.meta.url), name], { stdio: 'inherit' });
} else {
  const { exports, script } = loadBundle(null, bundleOf(kind));
  const quiet = { stdout: () => {}, stderr: () => {}, env: {}, isTTY: false, columns: 100 };
  for (const argv of CALLS[kind]) {
    // A call that fails (data with errors) still compiled what it ran: the cache is written anyway,
    // and the data's problems are validate's to report, not the build's.
    const code = await exports.run(argv, quiet);
    if (code !== 0) console.warn(`code cache: chiso ${argv.join(' ')} exited ${code}; its cache holds what it ran`);
  }
  writeFileSync(cacheFile(kind), script.createCachedData());
}
