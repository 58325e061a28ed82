#!/usr/bin/env node
// CommonJS, because Node starts an ES module entry point more slowly (its ESM loader), and this file
// is what every call of chiso pays before doing anything.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// Node ≥ 22.1 keeps the compiled code of ES modules on disk between runs (the format libraries here);
// Node 20 has no such API, and a stored answer (src/cli/answers.ts) does without node:module (0.5 ms).
if (Number(process.versions.node.split('.')[0]) >= 22) require('node:module').enableCompileCache?.();
// The start-up bundle with its code caches (npm run build → dist/bundle/) when present, after the
// answers the build computed ahead (src/cli/answers.ts), else the plain tsc build (also with
// CHISO_NO_BUNDLE=1: the tests compare the two, byte for byte).
if (existsSync(join(__dirname, '..', 'dist', 'bundle', 'chiso.cjs')) && !process.env.CHISO_NO_BUNDLE) {
  if (!require('../dist/bundle/answers.cjs').answered()) require('./load-bundle.cjs').main();
} else {
  import('../dist/src/cli/main.js').then(({ main }) => main());
}
