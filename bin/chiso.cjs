#!/usr/bin/env node
import module from 'node:module';
import { existsSync } from 'node:fs';

// Node ≥ 22.1 keeps the compiled code on disk between runs (a faster start); Node 20 has no such API.
module.enableCompileCache?.();
// The start-up bundle (npm run build → dist/bundle/) when present, else the plain tsc build
// (also with CHISO_NO_BUNDLE=1: the tests compare the two, byte for byte).
const bundle = new URL('../dist/bundle/main.js', import.meta.url);
const useBundle = existsSync(bundle) && !process.env.CHISO_NO_BUNDLE;
const { main } = await import(useBundle ? bundle.href : '../dist/src/cli/main.js');
await main();
