#!/usr/bin/env node
// The answers computed ahead of issue #15 (src/cli/answers.ts), written by `npm run build` last: each
// call of scripts/call-kinds.mjs (and the version), in Vietnamese and with --lang en, run by the
// bundle on the bundled data as a script would call it (no terminal, no variable set), from the
// package folder and from outside it (the data folder shown as `data` or by its absolute path), on the
// build's day and on a neighbouring day with the same department assignments. An answer is stored only
// when the second day's run is the first's with that day written where the first's stood, and the runs
// from two folders outside the package agree: the check that neither the day nor the folder enters it
// in any other way. Each run is a process of its own (`--run DAY`, in the folder to run from).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kindOf, loadBundle, readCache } from '../bin/load-bundle.cjs';
import { CALLS } from './call-kinds.mjs';

const dist = (name) => import(new URL(`../dist/src/${name}`, import.meta.url).href);
const calls = [...new Set([...Object.values(CALLS).flat(), ['--version']].map((argv) => JSON.stringify(argv)))]
  .map((text) => JSON.parse(text))
  .flatMap((argv) => [argv, [...argv, '--lang', 'en']]);

/**
 * Runs every call in this process's folder on `day` as bin/load-bundle.cjs would, in the bundle of its
 * kind, handed over to the whole CLI when it reaches a module its bundle leaves out: what each wrote
 * (fd, text, in order), its exit code, whether it may read the data (all but a help the help's bundle
 * answered: that bundle holds no loader and no data cache), and the variables read.
 */
async function runAll(day) {
  const { requestedLang } = await dist('cli/lang.js');
  const bundles = new Map();
  let handedOver = false;
  const handOver = () => {
    handedOver = true;
    throw new Error('handed over');
  };
  const runOf = (kind) => {
    if (!bundles.has(kind)) bundles.set(kind, loadBundle(readCache(kind), kind, handOver).exports.run);
    return bundles.get(kind);
  };
  const read = new Set();
  // An empty environment that records what is asked of it; listing it ('*') would hide what is read.
  const env = new Proxy(
    {},
    {
      get: (_, name) => void (typeof name === 'string' && read.add(name)),
      has: (_, name) => (typeof name === 'string' && read.add(name), false),
      ownKeys: () => (read.add('*'), []),
    },
  );
  const out = {};
  for (const argv of calls) {
    const once = async (kind) => {
      const writes = [];
      const to = (fd) => (text) => {
        if (typeof text !== 'string') throw new Error(`answers: chiso ${argv.join(' ')} wrote bytes`);
        if (writes.at(-1)?.[0] === fd) writes.at(-1)[1] += text;
        else writes.push([fd, text]);
      };
      handedOver = false;
      const exit = await runOf(kind)(argv, { stdout: to(1), stderr: to(2), env, isTTY: false, columns: 100, today: day }).catch((e) => {
        if (!handedOver) throw e;
      });
      return handedOver ? undefined : { exit, lang: requestedLang(argv, {}), data: kind !== 'help', writes };
    };
    const kind = kindOf(argv, {});
    out[JSON.stringify(argv)] = (await once(kind)) ?? (await once('chiso'));
  }
  return { env: [...read].sort(), out };
}

/** The runs of one process in `cwd` on `day`. */
const runIn = (cwd, day) =>
  JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--run', day], { cwd, maxBuffer: 1 << 28, encoding: 'utf8' }));

async function build() {
  const [{ BUNDLED_DATA_DIR: data, DATA_CACHE_DIR: cache, PACKAGE_ROOT: root }, { ANSWERS_DIR: out, dayTemplate, withDay }] = await Promise.all(
    ['load/paths.js', 'cli/answers.js'].map(dist),
  );
  rmSync(out, { recursive: true, force: true });
  if (!existsSync(join(cache, 'manifest.json'))) return console.warn('answers not computed: no data cache');
  const [{ openData }, { requireDepartments }, { assignmentSpan, neighbourDay }, { localToday }] = await Promise.all(
    ['load/open-data.js', 'load/departments.js', 'commands/report/ahead.js', 'cli/io.js'].map(dist),
  );
  const mapping = requireDepartments(data, undefined, openData(data).defs);
  const day = localToday();
  const other = neighbourDay(mapping, day);
  if (other === undefined) return console.warn('answers not computed: the department assignments change on the days around today');

  const away = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'chiso-answers-')));
  let runs;
  try {
    runs = [runIn(root, day), runIn(root, other), runIn(away[0], day), runIn(away[1], other)];
  } finally {
    for (const dir of away) rmSync(dir, { recursive: true, force: true });
  }
  const env = [...new Set(runs.flatMap((r) => r.env))].sort();
  if (env.includes('*')) return console.warn('answers not computed: a call lists the environment, so what it reads is unknown');

  const staging = `${out}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const answers = {};
  const sameAnswer = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  // From the package (place `data`), and from outside it, as the call would show the data folder then.
  for (const [place, first, second] of [
    [relative(root, data), runs[0], runs[1]],
    [data, runs[2], runs[3]],
  ]) {
    for (const argv of calls) {
      const call = JSON.stringify(argv);
      const a = first.out[call];
      const stored = { ...a, writes: a.writes.map(([fd, text]) => [fd, dayTemplate(text, day)]) };
      const again = { ...stored, writes: stored.writes.map(([fd, text]) => [fd, withDay(text, other)]) };
      if (a.writes.some(([, text]) => text.includes('\0')) || !sameAnswer(again, second.out[call])) {
        console.warn(`answers: not stored, the day or the folder enters it: chiso ${argv.join(' ')} (from ${place})`);
        continue;
      }
      const text = JSON.stringify(stored);
      const file = `${createHash('sha256').update(text).digest('hex').slice(0, 16)}.json`;
      writeFileSync(join(staging, file), text);
      // A help does not read the data: its answer holds wherever the data folder lies.
      const places = (answers[call] ??= {});
      const key = stored.data ? place : '';
      if (places[key] !== undefined && places[key] !== file) throw new Error(`answers: chiso ${argv.join(' ')} depends on the working folder`);
      places[key] = file;
    }
  }
  const { from, to } = assignmentSpan(mapping, day);
  writeFileSync(join(staging, 'index.json'), `${JSON.stringify({ node: process.version, from, to, env, answers })}\n`);
  renameSync(staging, out);
}

if (process.argv[2] === '--run') process.stdout.write(JSON.stringify(await runAll(process.argv[3])));
else await build();
