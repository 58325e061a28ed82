#!/usr/bin/env node
// The benchmark of issue #15 (not part of `npm test`; run `npm run build` first).
//   node scripts/bench.mjs            start-up: whole-process medians, interleaved with bare `node -e 0`
//   node scripts/bench.mjs --scale    growth: synthetic folders of 10^5, 10^6, 10^7 values in three shapes
// It prints ratios and growth factors; it asserts nothing (speed is measured, not tested).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../bin/chiso.js', import.meta.url).pathname;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

/** Wall time of one whole process, in milliseconds. */
function wall(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0 && r.status !== 3) throw new Error(`${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return ms(t0);
}

function startup() {
  const calls = {
    'chiso (default report)': [BIN],
    'chiso ranks --format json': [BIN, 'ranks', '--format', 'json'],
    'chiso validate': [BIN, 'validate'],
    'chiso --help': [BIN, '--help'],
  };
  const times = { bare: [], ...Object.fromEntries(Object.keys(calls).map((k) => [k, []])) };
  for (const args of Object.values(calls)) wall(args); // warm the file cache
  for (let i = 0; i < ROUNDS; i++) {
    times.bare.push(wall(['-e', '0']));
    for (const [name, args] of Object.entries(calls)) times[name].push(wall(args));
  }
  const bare = median(times.bare);
  console.log(`start-up, median of ${ROUNDS} interleaved runs; bare node -e 0: ${bare.toFixed(0)} ms`);
  console.log('| call | median ms | ratio to bare node |\n|---|---|---|');
  for (const name of Object.keys(calls)) console.log(`| \`${name}\` | ${median(times[name]).toFixed(0)} | ${(median(times[name]) / bare).toFixed(2)} |`);
}

/** A clearly synthetic data folder: `provinces` units, `components` components per year, `years` year files. */
function syntheticFolder(dir, { years, provinces, components }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'syn'), { recursive: true });
  const codes = Array.from({ length: components }, (_, c) => `c${c}`);
  const first = 2100 - years + 1;
  const lines = (header, rows) => [header, ...rows].join('\n') + '\n';
  writeFileSync(
    join(dir, 'indices.csv'),
    lines('id,short_name,name_vi,name_en,publisher,composite,rank_kind,precision', [
      'syn,SYN,Chỉ số thử nghiệm (tổng hợp),Synthetic benchmark index,chiso benchmark (synthetic),syn,none,2',
    ]),
  );
  writeFileSync(
    join(dir, 'methodology.csv'),
    lines('index,period,from_year,to_year,aggregation,composite_max,tolerance,sub_tolerance,change_vi,change_en,note_vi,note_en', [
      `syn,p,${first},2100,sum,${components * 10},0.001,,,,Dữ liệu thử nghiệm,Synthetic benchmark data`,
    ]),
  );
  writeFileSync(
    join(dir, 'components.csv'),
    lines(
      'index,period,code,kind,parent,name_vi,name_en,max,weight',
      codes.map((c) => `syn,p,${c},component,,Thành phần ${c},Component ${c},10,`),
    ),
  );
  writeFileSync(join(dir, 'regions.csv'), lines('code,name_vi,name_en', ['r,Vùng thử nghiệm,Synthetic region']));
  writeFileSync(
    join(dir, 'sources.csv'),
    lines('id,title,url,repository,path,commit,licence,note', ['synthetic,Synthetic benchmark values (not data),,,,,,made up for the benchmark']),
  );
  writeFileSync(
    join(dir, 'provinces.csv'),
    lines(
      'code,kind,name_vi,name_en,region,first_year,last_year,successor,aliases',
      Array.from({ length: provinces }, (_, p) => `p${p},unit,Tỉnh ${p},Province ${p},r,,,,`),
    ),
  );
  writeFileSync(
    join(dir, 'departments.csv'),
    lines(
      'index,component,lead,coordinating,effective_from,effective_to,basis,source,note',
      codes.map((c) => `syn,${c},Sở ${c},,,,unconfirmed,synthetic,`),
    ),
  );
  for (let y = first; y <= 2100; y++) {
    const rows = Array.from(
      { length: provinces },
      (_, p) => `Tỉnh ${p},${codes.map((_, c) => (((p * 7919 + c * 104729 + y) % 1000) / 100).toFixed(2)).join(',')},synthetic`,
    );
    writeFileSync(join(dir, 'syn', `${y}.csv`), lines(`province,${codes.join(',')},source`, rows));
  }
  return { first, last: 2100 };
}

/** Wall time and peak RSS of one call, through GNU time. */
function measure(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = ms(t0) / 1000;
  const rssMiB = Number(r.stderr.trim().split('\n').pop()) / 1024;
  return { seconds, rssMiB, status: r.status };
}

function scale() {
  const root = mkdtempSync(join(tmpdir(), 'chiso-bench-'));
  // Years are bounded to 1990–2100 (a sane range for an index year), so the "years" shape stops at 100 years.
  const shapes = {
    years: { sizes: [1e4, 1e5], dims: (n) => ({ years: n / 1000, provinces: 100, components: 10 }) },
    provinces: { sizes: [1e5, 1e6, 1e7], dims: (n) => ({ years: 10, provinces: n / 100, components: 10 }) },
    components: { sizes: [1e5, 1e6, 1e7], dims: (n) => ({ years: 10, provinces: 100, components: n / 1000 }) },
  };
  console.log('| shape | values | command | seconds | growth | peak RSS MiB |\n|---|---|---|---|---|---|');
  for (const [shape, { sizes, dims: size }] of Object.entries(shapes)) {
    const prev = {};
    for (const n of sizes) {
      const dims = size(n);
      const dir = join(root, `${shape}-${n}`);
      const { last } = syntheticFolder(dir, dims);
      const commands = {
        validate: [BIN, 'validate', '--data', dir],
        ranks: [BIN, 'ranks', '--data', dir, '--index', 'syn', '--year', String(last), '--format', 'json'],
        gaps: [BIN, 'gaps', '--data', dir, '--index', 'syn', '--province', 'Tỉnh 0', '--format', 'json'],
        report: [BIN, 'report', '--data', dir, '--province', 'Tỉnh 0', '--format', 'json'],
      };
      for (const [name, args] of Object.entries(commands)) {
        const m = measure(args);
        const growth = prev[name] ? (m.seconds / prev[name]).toFixed(1) + '×' : '';
        prev[name] = m.seconds;
        console.log(
          `| ${shape} (${dims.years}y × ${dims.provinces}p × ${dims.components}c) | ${n.toExponential(0)} | ${name} | ${m.seconds.toFixed(2)}${m.status > 3 ? ' (failed)' : ''} | ${growth} | ${m.rssMiB.toFixed(0)} |`,
        );
      }
      rmSync(dir, { recursive: true, force: true });
    }
  }
  rmSync(root, { recursive: true, force: true });
}

if (process.argv.includes('--scale')) scale();
else startup();
