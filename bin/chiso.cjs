#!/usr/bin/env node
// CommonJS, because Node starts an ES module entry point more slowly (its ESM loader), and this file
// is what every call of chiso pays before doing anything.
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const BUNDLE = join(__dirname, '..', 'dist', 'bundle');

// Node ≥ 22.1 keeps the compiled code of ES modules on disk between runs (the format libraries here);
// Node 20 has no such API, and a stored answer (src/cli/answers.ts) does without node:module (0.5 ms).
if (Number(process.versions.node.split('.')[0]) >= 22) require('node:module').enableCompileCache?.();
// The start-up bundle with its code caches (npm run build → dist/bundle/) when present, after the
// answers the build computed ahead (src/cli/answers.ts), else the plain tsc build (also with
// CHISO_NO_BUNDLE=1: the tests compare the two, byte for byte).
if (existsSync(join(BUNDLE, 'chiso.cjs')) && !process.env.CHISO_NO_BUNDLE) {
  const index = answersFor(process.argv.slice(2));
  if (!(index && require('../dist/bundle/answers.cjs').answered(index))) require('./load-bundle.cjs').main();
} else {
  import('../dist/src/cli/main.js').then(({ main }) => main());
}

/** The index of the stored answers when it lists these arguments (a call with none loads no more of them). */
function answersFor(argv) {
  try {
    const index = JSON.parse(readFileSync(join(BUNDLE, 'answers', 'index.json'), 'utf8'));
    return Object.hasOwn(index.answers, JSON.stringify(argv)) ? index : undefined;
  } catch {
    return undefined; // a build without answers
  }
}
