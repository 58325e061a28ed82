import { openSync, readSync } from 'node:fs';
import { currentManifest } from './cache-manifest.js';
import { restorePart } from './cache-parts.js';
import { joinTable, type StoredTable } from './cache-table.js';
import { join, resolve } from 'node:path';
import type { Dataset } from '../model/dataset.js';
import type { DepartmentMapping } from '../model/departments.js';
import type { Definitions } from '../model/definitions.js';
import { mapStrings } from '../model/map-strings.js';
import { indicatorSet, type IndicatorLevel, type IndicatorSet } from '../model/indicators.js';
import { ProvinceRegistry, type NameIndex } from '../model/provinces.js';
import type { Province, YearTable } from '../model/types.js';
import type { FolderCheck } from './check-folder.js';
import { displayPath } from './display-path.js';
import type { DataNeed } from './open-data.js';
import { BUNDLED_DATA_DIR, DATA_CACHE_DIR } from './paths.js';
import { requireIndices } from './require-indices.js';

/**
 * The head of data.bin (JSON, after its 4-byte length): the tables and indicator levels it holds, and
 * where each part (cache-parts.ts) lies after the head, as [offset, length]. Parts: `defs` (definitions,
 * provinces as a plain list and their name lookup), `mapping`, `check` (validate's findings), `table:<index>/<year>` and its
 * rows' `values:<index>/<year>`, `level:<index>/<year>`; each is parsed on first use only. The i-th
 * Float64Array of part P is the part `P#i`, its bytes as they are in memory (little-endian here).
 * `report:<key>` is a report the build computed ahead for the day `reportDay`, its JSON numbers with
 * `reportDecimals` decimals (commands/report/ahead.ts).
 */
export interface CacheHead {
  tables: { index: string; year: number }[];
  indicators: { file: string; levels: string[] };
  reportDay: string;
  reportDecimals: number;
  parts: Record<string, [number, number]>;
}

/** A report computed ahead: the day of its department assignments, its JSON decimals, and the report for another day (that day written in its place). */
export interface StoredReport {
  day: string;
  decimals: number;
  read(asOf: string): unknown;
}

/** The definitions as stored: the province registry as its list of provinces and its name lookup. */
type CachedDefs = Omit<Definitions, 'provinces'> & { provinces: Province[]; names: NameIndex };

/** The cache read back, its paths as the loaders would show them for the folder as given. */
interface Cached {
  defs: Definitions;
  years: { index: string; year: number }[];
  tables: Map<string, () => YearTable>;
  mapping: () => DepartmentMapping;
  indicators: () => IndicatorSet;
  /** Validate's findings, their paths rewritten only when validate asks. */
  check: () => FolderCheck;
  /** A report computed ahead, read (and its paths and day rewritten) only when asked. */
  report: (key: string) => StoredReport | undefined;
}

// Only the start-up bundle reads the cache (esbuild defines this as true): the plain tsc build, and
// the tests running src/, always read the CSV files, so the cache can never hide a loader change.
declare const __CHISO_BUNDLE__: boolean | undefined;
const ENABLED = typeof __CHISO_BUNDLE__ !== 'undefined' && __CHISO_BUNDLE__;

const loaded = new Map<string, Cached | undefined>();

/** The cached bundled data, when `dataDir` is the bundled folder and no file of it changed since the build. */
function cached(dataDir: string): Cached | undefined {
  if (!ENABLED || resolve(dataDir) !== BUNDLED_DATA_DIR) return undefined;
  if (!loaded.has(dataDir)) loaded.set(dataDir, read(dataDir));
  return loaded.get(dataDir);
}

function read(dataDir: string): Cached | undefined {
  const manifest = currentManifest();
  if (!manifest) return undefined; // no cache (a build without it), an unreadable or a stale one: the CSV path
  // Only the head and the parts a call asks for are read: the whole file (2.3 MB) took 4–7 ms here.
  // The descriptor stays open for the parts read later, until the process ends.
  const fd = openSync(join(DATA_CACHE_DIR, 'data.bin'), 'r');
  const start = 4 + readAt(fd, 4, 0).readUInt32LE(0);
  const head = JSON.parse(readAt(fd, start - 4, 4).toString('utf8')) as CacheHead;
  const array = (name: string) => {
    const [offset, length] = head.parts[name]!;
    const a = new Float64Array(length / 8);
    readInto(fd, new Uint8Array(a.buffer), start + offset);
    return a;
  };
  const part = <T>(name: string): T => {
    const [offset, length] = head.parts[name]!;
    return restorePart(name, JSON.parse(readAt(fd, length, start + offset).toString('latin1')) as T, (i) => array(`${name}#${i}`));
  };
  // Paths were recorded absolute at build time; messages show them relative to the working folder.
  const path = (p: string) =>
    p === manifest.root ? displayPath(dataDir) : p.startsWith(manifest.root + '/') ? displayPath(join(dataDir, p.slice(manifest.root.length + 1))) : p;
  const within = (s: string) => (s.includes(manifest.root) ? s.replace(new RegExp(`${escape(manifest.root)}[^\\s"'\`()]*`, 'g'), path) : s);
  const tables = new Map(
    head.tables.map((t) => [
      `${t.index}/${t.year}`,
      once(() => {
        const key = `${t.index}/${t.year}`;
        const table = joinTable(part<StoredTable>(`table:${key}`), () => part(`values:${key}`));
        return { ...table, file: path(table.file) };
      }),
    ]),
  );
  const { names, ...defs } = part<CachedDefs>('defs');
  return {
    defs: { ...defs, provinces: new ProvinceRegistry(defs.provinces, names) },
    years: head.tables,
    tables,
    mapping: once(() => {
      const mapping = part<DepartmentMapping>('mapping');
      return { ...mapping, file: path(mapping.file) };
    }),
    indicators: once(() => {
      const { file, levels: keys } = head.indicators;
      const levels = new Map<string, IndicatorLevel | undefined>(keys.map((k) => [k, undefined]));
      const level = (key: string) => {
        if (levels.get(key) === undefined && levels.has(key)) levels.set(key, part<IndicatorLevel>(`level:${key}`));
        return levels.get(key);
      };
      const set = indicatorSet(path(file), levels as Map<string, IndicatorLevel>);
      return { ...set, level: (index, year) => level(`${index}/${year}`) };
    }),
    check: once(() => mapStrings(part<FolderCheck>('check'), within)),
    report: (key) =>
      head.parts[`report:${key}`] && {
        day: head.reportDay,
        decimals: head.reportDecimals,
        read: (asOf) => mapStrings(part(`report:${key}`), (s) => (s === head.reportDay ? asOf : within(s))),
      },
  };
}

/** `length` bytes of the file at `position`. */
function readAt(fd: number, length: number, position: number): Buffer {
  return readInto(fd, Buffer.allocUnsafe(length), position);
}

/** `into` filled from the file at `position` (a read may return fewer than asked: it is repeated). */
function readInto<T extends Uint8Array>(fd: number, into: T, position: number): T {
  for (let done = 0; done < into.length;) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) throw new Error(`chiso: the data cache ends early (${DATA_CACHE_DIR})`);
    done += n;
  }
  return into;
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The bundled data from the cache, filtered as `openData` would list it; undefined: read the CSV files. */
export function cachedData(dataDir: string, need: DataNeed = {}): Dataset | undefined {
  const c = cached(dataDir);
  if (!c) return undefined;
  requireIndices(c.defs, need.indices ?? []);
  const listed = (index: string, year: number) =>
    (need.indices === undefined || need.indices.includes(index)) && (need.years === undefined || need.years(year));
  const years = new Map<string, number[]>();
  return {
    dataDir,
    defs: c.defs,
    years: (index) => {
      if (!years.has(index)) {
        const all = c.years.filter((t) => t.index === index && listed(index, t.year)).map((t) => t.year);
        years.set(
          index,
          all.sort((a, b) => a - b),
        );
      }
      return years.get(index)!;
    },
    table: (index, year) => (listed(index, year) ? c.tables.get(`${index}/${year}`)?.() : undefined),
  };
}

/** The bundled department mapping from the cache (not for `--departments FILE`). */
export function cachedMapping(dataDir: string, file: string | undefined): DepartmentMapping | undefined {
  return file === undefined ? cached(dataDir)?.mapping() : undefined;
}

/** The bundled indicators from the cache. */
export function cachedIndicators(dataDir: string): IndicatorSet | undefined {
  return cached(dataDir)?.indicators();
}

/** A report the build computed ahead for the bundled data (its key: commands/report/ahead.ts), if it did. */
export function cachedReport(dataDir: string, key: string): StoredReport | undefined {
  return cached(dataDir)?.report(key);
}

/** `chiso validate` of the bundled folder from the cache (not with `--departments FILE`). */
export function cachedCheck(dataDir: string, departments: string | undefined): FolderCheck | undefined {
  return departments === undefined ? cached(dataDir)?.check() : undefined;
}
