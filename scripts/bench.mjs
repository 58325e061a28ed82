#!/usr/bin/env node
// The benchmark of issue #15 (not part of `npm test`; run `npm run build` first).
//   node scripts/bench.mjs            start-up: whole-process medians, interleaved with bare `node -e 0`
//   node scripts/bench.mjs --scale    growth: synthetic folders of 10^5, 10^6, 10^7 values in three shapes
// It prints ratios and growth factors; it asserts nothing (speed is measured, not tested).
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { make, scale } from './bench-scale.mjs';

const BIN = new URL('../bin/chiso.cjs', import.meta.url).pathname;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

/**
 * Wall time of one whole process, in milliseconds, and its CPU time (user + system, through GNU time):
 * on a loaded machine the wall time waits for a core, the CPU time much less so.
 */
function wall(args, env = process.env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env });
  const elapsed = ms(t0);
  if (r.status !== 0 && r.status !== 3) throw new Error(`${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  const [user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall: elapsed, cpu: (user + sys) * 1000 };
}

// The targets of issue #15, as ratios to bare node in the same run. The four calls have answers the
// build computed ahead (src/cli/answers.ts); the last two, without a target, show a call that has
// none: a report computed ahead but drawn on the call, and a ranking computed on the call.
const CALLS = {
  'chiso (default report)': { args: [BIN], target: 1.5 },
  'chiso ranks --format json': { args: [BIN, 'ranks', '--format', 'json'], target: 1.3 },
  'chiso validate': { args: [BIN, 'validate'], target: 1.3 },
  'chiso --help': { args: [BIN, '--help'], target: 1.15 },
  'chiso --province Huế': { args: [BIN, '--province', 'Huế'] },
  'chiso ranks --index papi --format json': { args: [BIN, 'ranks', '--index', 'papi', '--format', 'json'] },
};

function startup() {
  // NODE_EXTRA_CA_CERTS (set on this machine) makes every Node process read and parse that file at
  // start, bare node included: it raises the baseline (~130 ms against ~45 ms here), so the ratios
  // read better than the work chiso does. When it is set, every call is measured without it too.
  const { NODE_EXTRA_CA_CERTS: ca, ...withoutCa } = process.env;
  const envs = { [ca ? 'as set (NODE_EXTRA_CA_CERTS too)' : 'as set']: process.env, ...(ca ? { 'without NODE_EXTRA_CA_CERTS': withoutCa } : {}) };
  for (const { args } of Object.values(CALLS)) wall(args); // warm the file cache
  const times = Object.fromEntries(Object.keys(envs).map((e) => [e, { bare: [], ...Object.fromEntries(Object.keys(CALLS).map((k) => [k, []])) }]));
  for (let i = 0; i < ROUNDS; i++) {
    for (const [e, env] of Object.entries(envs)) {
      times[e].bare.push(wall(['-e', '0'], env));
      for (const [name, { args }] of Object.entries(CALLS)) times[e][name].push(wall(args, env));
    }
  }
  console.log(
    `start-up, median of ${ROUNDS} interleaved runs; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const e of Object.keys(envs)) {
    const of = (name, key) => median(times[e][name].map((t) => t[key]));
    const [bare, bareCpu] = [of('bare', 'wall'), of('bare', 'cpu')];
    console.log(`\nenvironment ${e}: bare node -e 0 ${bare.toFixed(0)} ms wall, ${bareCpu.toFixed(0)} ms CPU`);
    console.log('| call | median ms | over bare node, ms | ratio to bare node | target | CPU ms (user+sys) | CPU ratio |\n|---|---|---|---|---|---|---|');
    for (const [name, { target }] of Object.entries(CALLS)) {
      const [w, cpu] = [of(name, 'wall'), of(name, 'cpu')];
      const ratio = w / bare;
      const met = target === undefined ? '—' : `≤ ${target} ${ratio <= target ? 'met' : 'missed'}`;
      console.log(
        `| \`${name}\` | ${w.toFixed(0)} | ${(w - bare).toFixed(0)} | ${ratio.toFixed(2)} | ${met} | ${cpu.toFixed(0)} | ${(cpu / bareCpu).toFixed(2)} |`,
      );
    }
  }
}

const at = process.argv.indexOf('--make');
if (at >= 0) make(...process.argv.slice(at + 1, at + 4));
else if (process.argv.includes('--scale')) scale();
else startup();
