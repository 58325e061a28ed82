// The scale benchmark of issue #15 (scripts/bench.mjs --scale, --make): clearly synthetic folders of
// 10^5, 10^6 and 10^7 values in three shapes, wall time, CPU time, peak RSS and growth per 10× step.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../bin/chiso.cjs', import.meta.url).pathname;
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

/**
 * A clearly synthetic data folder: `indices` indices (syn0, syn1, …) of `years` year files each,
 * `provinces` units, `components` components per year. Index years are bounded to 1990–2100 (a sane
 * range for an index year, checked by the loader), so "more years" beyond 100 means more indices of
 * 100 years each: more year tables, as a folder holding many indices' histories has.
 */
function syntheticFolder(dir, { indices = 1, years, provinces, components }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const ids = Array.from({ length: indices }, (_, i) => `syn${i}`);
  const codes = Array.from({ length: components }, (_, c) => `c${c}`);
  const first = 2100 - years + 1;
  const lines = (header, rows) => [header, ...rows].join('\n') + '\n';
  writeFileSync(
    join(dir, 'indices.csv'),
    lines(
      'id,short_name,name_vi,name_en,publisher,composite,rank_kind,precision',
      ids.map((id) => `${id},${id.toUpperCase()},Chỉ số thử nghiệm ${id} (tổng hợp),Synthetic benchmark index ${id},chiso benchmark (synthetic),${id},none,2`),
    ),
  );
  writeFileSync(
    join(dir, 'methodology.csv'),
    lines(
      'index,period,from_year,to_year,aggregation,composite_max,tolerance,sub_tolerance,change_vi,change_en,note_vi,note_en',
      ids.map((id) => `${id},p,${first},2100,sum,${components * 10},0.001,,,,Dữ liệu thử nghiệm,Synthetic benchmark data`),
    ),
  );
  writeFileSync(
    join(dir, 'components.csv'),
    lines(
      'index,period,code,kind,parent,name_vi,name_en,max,weight',
      ids.flatMap((id) => codes.map((c) => `${id},p,${c},component,,Thành phần ${c},Component ${c},10,`)),
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
      ids.flatMap((id) => codes.map((c) => `${id},${c},Sở ${c},,,,unconfirmed,synthetic,`)),
    ),
  );
  for (const id of ids) {
    mkdirSync(join(dir, id));
    for (let y = first; y <= 2100; y++) {
      const rows = Array.from({ length: provinces }, (_, p) => `Tỉnh ${p},${codes.map((_, c) => syntheticScore(p, c, y)).join(',')},synthetic`);
      writeFileSync(join(dir, id, `${y}.csv`), lines(`province,${codes.join(',')},source`, rows));
    }
  }
  return { first, last: 2100 };
}

/**
 * A made-up score of 0.00–10.00 with two decimals, as the owners publish component scores, spread
 * by an integer hash of (province, component, year): every row differs from every other, and ties
 * are only the ones two decimals make (an earlier generator repeated each row every 1000 provinces,
 * which made tie groups of 100 identical provinces on every measure: not the shape of any index).
 */
function syntheticScore(p, c, y) {
  let h = Math.imul(p + 1, 0x9e3779b1) ^ Math.imul(c + 1, 0x85ebca77) ^ Math.imul(y, 0xc2b2ae3d);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (((h >>> 0) % 1001) / 100).toFixed(2);
}

/**
 * Wall time and peak RSS of one call, through GNU time. The time limit is coreutils' timeout under
 * GNU time: a spawnSync timeout would kill GNU time only and leave the call running (it did, and
 * took a core from every later measurement).
 */
function measure(args) {
  const t0 = process.hrtime.bigint();
  const limit = String(Number(process.env.BENCH_TIMEOUT ?? 300));
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', 'timeout', '--kill-after=5', limit, process.execPath, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = ms(t0) / 1000;
  const [rss, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, cpu: user + sys, rssMiB: rss / 1024, status: r.status ?? 99 };
}

/**
 * The calls of one command at every size, measured BENCH_RUNS times (default 3), the sizes taken in
 * turn within each run: for each size the median wall and CPU time, the largest peak RSS, a failure
 * if any run failed. This machine's speed drifts by 20–40% over minutes: measured one size after the
 * other, the two sizes of a step fell in different phases of it (a growth of 9.4× in one run, 14.7×
 * in the next, for the same build); in turn, each run sees both sizes in about the same phase.
 */
function measureInTurn(calls) {
  const runs = calls.map(() => []);
  for (let r = 0; r < RUNS; r++) calls.forEach((args, i) => runs[i].push(measure(args)));
  return runs.map((of) => {
    const median = (key) => of.map((m) => m[key]).sort((a, b) => a - b)[of.length >> 1];
    const failed = of.find((m) => m.status !== 0 && m.status !== 3);
    return { seconds: median('seconds'), cpu: median('cpu'), rssMiB: Math.max(...of.map((m) => m.rssMiB)), status: (failed ?? of[0]).status };
  });
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** The commands measured at every size: each one reading the folder as an analyst would call it. */
function benchCommands(dir, last) {
  const on = (...args) => [BIN, ...args, '--data', dir, '--format', 'json'];
  const province = ['--province', 'Tỉnh 0'];
  const commands = {
    validate: on('validate'),
    ranks: on('ranks', '--index', 'syn0', '--year', String(last)),
    changes: on('changes', '--index', 'syn0'),
    trend: on('trend', ...province),
    gaps: on('gaps', '--index', 'syn0', ...province),
    weakest: on('weakest', ...province),
    departments: on('departments', ...province),
    report: on('report', ...province),
  };
  const only = process.env.BENCH_COMMANDS?.split(',');
  return only ? Object.fromEntries(Object.entries(commands).filter(([name]) => only.includes(name))) : commands;
}

// More years: 100 years per index, then more indices of 100 years (see syntheticFolder).
const shapes = {
  years: { sizes: [1e5, 1e6, 1e7], dims: (n) => ({ indices: n / 1e5, years: 100, provinces: 100, components: 10 }) },
  provinces: { sizes: [1e5, 1e6, 1e7], dims: (n) => ({ years: 10, provinces: n / 100, components: 10 }) },
  components: { sizes: [1e5, 1e6, 1e7], dims: (n) => ({ years: 10, provinces: 100, components: n / 1000 }) },
};

/** Every command at every size of every shape (BENCH_SHAPES, BENCH_COMMANDS, BENCH_MIN, BENCH_MAX narrow it). */
export function scale() {
  const root = mkdtempSync(join(tmpdir(), 'chiso-bench-'));
  const only = process.env.BENCH_SHAPES?.split(',');
  const max = Number(process.env.BENCH_MAX ?? 1e7);
  console.log(
    `scale, ${RUNS === 1 ? 'one run' : `median of ${RUNS} runs`} per cell, the sizes of a command in turn; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  // CPU time (user + system) as well: on a loaded machine the wall time also counts waiting for a core.
  console.log('| shape | values | command | wall s | growth | CPU s | CPU growth | peak RSS MiB |\n|---|---|---|---|---|---|---|---|');
  for (const [shape, { sizes, dims: size }] of Object.entries(shapes)) {
    if (only && !only.includes(shape)) continue;
    const folders = sizes
      .filter((n) => n <= max && n >= Number(process.env.BENCH_MIN ?? 0))
      .map((n) => {
        const dims = size(n);
        const dir = join(root, `${shape}-${n}`);
        return { n, dims, dir, commands: benchCommands(dir, syntheticFolder(dir, dims).last) };
      });
    for (const name of Object.keys(folders[0]?.commands ?? {})) {
      let prev;
      measureInTurn(folders.map((f) => f.commands[name])).forEach((m, i) => {
        const { n, dims } = folders[i];
        const growth = (key) => (prev ? (m[key] / prev[key]).toFixed(1) + '×' : '');
        // Exit 3 is validate's "checked, found problems"; 1, 2 or a signal is a failed call (its time means nothing).
        const failed = m.status !== 0 && m.status !== 3 ? ' (failed)' : '';
        console.log(
          `| ${shape} (${dims.indices ?? 1}i × ${dims.years}y × ${dims.provinces}p × ${dims.components}c) | ${n.toExponential(0)} | ${name} | ${m.seconds.toFixed(2)}${failed} | ${growth('seconds')} | ${m.cpu.toFixed(2)} | ${growth('cpu')} | ${m.rssMiB.toFixed(0)} |`,
        );
        prev = m;
      });
    }
    for (const { dir } of folders) rmSync(dir, { recursive: true, force: true });
  }
  rmSync(root, { recursive: true, force: true });
  console.log(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

/** `--make SHAPE VALUES DIR`: writes one folder (to profile one command on it) and prints the commands. */
export function make(shape, n, dir) {
  const { last } = syntheticFolder(dir, shapes[shape].dims(Number(n)));
  for (const args of Object.values(benchCommands(dir, last))) console.log(['node', ...args].map((a) => (/\s/.test(a) ? `'${a}'` : a)).join(' '));
}
