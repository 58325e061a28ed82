#!/usr/bin/env node
// The data cache of issue #15, written by `npm run build` after tsc (it runs the loaders of dist/src/):
// the bundled data/ folder read and checked once, as one file of JSON parts (dist/data-cache/data.bin, src/load/cache-parts.ts),
// with a manifest of every file's size, mtime and SHA-256 (manifest.json), and the default report of
// every province computed ahead for the build's day (src/commands/report/ahead.ts). The bundle uses
// it only while every file still matches (src/load/data-cache.ts); any error in the data: no cache at all.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';

const dist = new URL('../dist/src/load/', import.meta.url);
const load = async (name) => import(new URL(name, dist).href);
const [
  { BUNDLED_DATA_DIR: data, DATA_CACHE_DIR: out },
  { CACHE_VERSION, fileHash, folderFiles },
  { openData },
  { requireDepartments },
  { requireIndicators },
  { checkFolder },
  { bytesOf, checkPart, storePart },
  { splitTable },
  { reportsAhead },
  { localToday },
] = await Promise.all(
  [
    'paths.js',
    'cache-manifest.js',
    'open-data.js',
    'departments.js',
    'indicators.js',
    'check-folder.js',
    'cache-parts.js',
    'cache-table.js',
    '../commands/report/ahead.js',
    '../cli/io.js',
  ].map(load),
);

rmSync(out, { recursive: true, force: true });
// Messages show a path relative to the working folder; from an empty folder they are all absolute,
// and the reader rewrites them for the folder it runs in.
const cwd = process.cwd();
const empty = mkdtempSync(join(tmpdir(), 'chiso-cache-'));
process.chdir(empty);
try {
  const files = folderFiles(data).map((path) => {
    const stat = statSync(join(data, path));
    return { path, size: stat.size, mtimeMs: stat.mtimeMs, sha256: fileHash(join(data, path)) };
  });
  const dataset = openData(data, { readAll: true });
  const { defs } = dataset;
  const tables = [...defs.indices.keys()].flatMap((index) => dataset.years(index).map((year) => dataset.table(index, year)));
  const mapping = requireDepartments(data, undefined, defs);
  const set = requireIndicators(data, defs);
  const levels = new Map();
  for (const index of defs.indices.keys()) for (const year of set.years(index)) levels.set(`${index}/${year}`, set.level(index, year));
  const check = checkFolder(data, undefined);
  // Every part stored on its own, behind a JSON head of offsets: a command parses only the parts it
  // reads (ranks: the definitions and one table), each checked here to read back as stored.
  const parts = {};
  const blobs = [];
  let offset = 0;
  const put = (name, bytes) => {
    parts[name] = [offset, bytes.length];
    blobs.push(bytes);
    offset += bytes.length;
  };
  const add = (name, value) => {
    const stored = storePart(value);
    checkPart(name, stored);
    put(name, Buffer.from(stored.text));
    stored.arrays.forEach((a, i) => put(`${name}#${i}`, bytesOf(a)));
  };
  add('defs', { ...defs, provinces: defs.provinces.all, names: defs.provinces.nameIndex() });
  add('mapping', mapping);
  add('check', check);
  for (const t of tables) {
    const [table, values] = splitTable(t);
    add(`table:${t.index}/${t.year}`, table);
    add(`values:${t.index}/${t.year}`, values);
  }
  for (const [key, level] of levels) add(`level:${key}`, level);
  // The default report of every province, for today's assignments (src/commands/report/ahead.ts).
  const reportDay = localToday();
  const { reports, decimals: reportDecimals } = reportsAhead(dataset, mapping, set, reportDay);
  for (const [key, report] of reports) add(`report:${key}`, report);
  const head = Buffer.from(
    JSON.stringify({
      tables: tables.map((t) => ({ index: t.index, year: t.year })),
      indicators: { file: set.file, levels: [...levels.keys()] },
      reportDay,
      reportDecimals,
      parts,
    }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'data.bin'), Buffer.concat([length, head, ...blobs]));
  writeFileSync(join(out, 'manifest.json'), JSON.stringify({ version: CACHE_VERSION, root: data, files }, null, 1) + '\n');
} catch (e) {
  // The bundled data does not load: commands will say why from the CSV path; the build goes on.
  console.warn(`data cache not written: ${e instanceof Error ? e.message : e}`);
} finally {
  process.chdir(cwd);
  rmSync(empty, { recursive: true, force: true });
}
