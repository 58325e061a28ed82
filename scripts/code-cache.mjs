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
import { cacheFile, loadBundle } from '../bin/load-bundle.cjs';
import { CALLS } from './call-kinds.mjs';

const kind = process.argv[2];
if (!kind) {
  for (const name of Object.keys(CALLS)) execFileSync(process.execPath, [fileURLToPath(import.meta.url), name], { stdio: 'inherit' });
} else {
  // A cached call must stay inside its kind's bundle: one that reaches a module left out of it would be
  // handed over to the whole CLI on every call (scripts/bundle.mjs decides what a bundle leaves out).
  let outside = false;
  const handOver = () => {
    outside = true;
    throw new Error('outside the bundle');
  };
  const { exports, script } = loadBundle(null, kind, handOver);
  const quiet = { stdout: () => {}, stderr: () => {}, env: {}, isTTY: false, columns: 100 };
  for (const argv of CALLS[kind]) {
    // A call that fails (data with errors) still compiled what it ran: the cache is written anyway,
    // and the data's problems are validate's to report, not the build's.
    const code = await exports.run(argv, quiet);
    if (outside) throw new Error(`code cache: chiso ${argv.join(' ')} reaches a module the ${kind} bundle leaves out (scripts/bundle.mjs)`);
    if (code !== 0) console.warn(`code cache: chiso ${argv.join(' ')} exited ${code}; its cache holds what it ran`);
  }
  writeFileSync(cacheFile(kind), script.createCachedData());
}
