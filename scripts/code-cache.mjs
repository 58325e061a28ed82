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
import { CODE_CACHES, loadBundle } from '../bin/load-bundle.cjs';

// The data cache's calls: the default report, a JSON ranking and validate (the benchmark's), the
// analyses scripts loop over.
const CALLS = {
  help: [['--help']],
  data: [[], ['ranks', '--format', 'json'], ['validate'], ['trend', '--format', 'json'], ['gaps', '--format', 'json']],
};

const kind = process.argv[2];
if (!kind) {
  for (const name of Object.keys(CALLS)) execFileSync(process.execPath, [fileURLToPath(import.meta.url), name], { stdio: 'inherit' });
} else {
  const { exports, script } = loadBundle(null);
  const quiet = { stdout: () => {}, stderr: () => {}, env: {}, isTTY: false, columns: 100 };
  for (const argv of CALLS[kind]) {
    const code = await exports.run(argv, quiet);
    if (code !== 0) throw new Error(`code cache: chiso ${argv.join(' ')} exited ${code}`);
  }
  writeFileSync(CODE_CACHES[kind], script.createCachedData());
}
