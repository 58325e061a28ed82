import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { provinceOf, ProvinceRegistry } from '../../src/model/provinces.js';
import { readCsv } from '../../src/load/read-csv.js';
import { readRecords } from '../../src/load/records.js';
import { componentRow, methodologyRow, provinceRow } from '../../src/model/schemas.js';
import type { Source } from '../../src/model/types.js';

/** A row of a source table, or of a year file being built: column → text. */
export type Row = Record<string, string>;

/** One entry of data/sources.csv, with its Vietnamese title (the build writes one for every source). */
export type SourceDef = Source & { titleVi: string };

/** A year file being built: province code → columns. */
export type Table = Map<string, Row>;

/**
 * What every step of the data build shares: the source folder, the bundled definitions, the
 * sources cited so far (in the order they are first cited, which fixes their ids) and the year
 * tables, merged row by row.
 */
export class Build {
  readonly registry: ProvinceRegistry;
  readonly components;
  readonly periods;
  readonly sources = new Map<string, SourceDef>();
  /** "<index>/<year>" → its table. */
  readonly tables = new Map<string, Table>();

  constructor(
    readonly src: string,
    defs: string,
  ) {
    this.registry = new ProvinceRegistry(readRecords(readCsv(join(defs, 'provinces.csv')), provinceRow).rows.map(provinceOf));
    this.components = readRecords(readCsv(join(defs, 'components.csv')), componentRow).rows;
    this.periods = readRecords(readCsv(join(defs, 'methodology.csv')), methodologyRow).rows;
  }

  /** The rows of a source table (path under the source folder). */
  read(path: string): Row[] {
    return Papa.parse<Row>(readFileSync(join(this.src, path), 'utf8'), { header: true, skipEmptyLines: true }).data;
  }

  /** The province code of a name as spelled in a source, for that year; unknown names stop the build. */
  code(name: string, year: number): string {
    const p = this.registry.resolve(name, year);
    if (!p) throw new Error(`unknown province "${name}" (${year})`);
    return p.code;
  }

  addSource(s: SourceDef): void {
    this.sources.set(s.id, s);
  }

  /** A source id for a press or government page, from its host name. */
  urlSource(url: string, note?: string): string {
    for (const s of this.sources.values()) if (s.url === url) return s.id;
    const host = new URL(url).hostname.replace(/^(www|m|en|betaen)\./, '');
    let id = host.replace(/\./g, '-');
    for (let n = 2; this.sources.has(id); n++) id = `${host.replace(/\./g, '-')}-${n}`;
    this.addSource({ id, title: `Page on ${new URL(url).hostname}`, titleVi: `Trang ${new URL(url).hostname}`, url, licence: 'not stated; quoted fact', note });
    return id;
  }

  /**
   * Merges values into a province-year row: a value two sources both give must agree, else the
   * build stops; the row keeps every source id and note.
   */
  put(index: string, year: number, province: string, values: Row, source: string, note?: string): void {
    const key = `${index}/${year}`;
    const table = this.tables.get(key) ?? new Map<string, Row>();
    this.tables.set(key, table);
    const row = table.get(province) ?? { province };
    for (const [k, v] of Object.entries(values)) {
      if (v === '' || v === undefined) continue;
      if (row[k] !== undefined && Number(row[k]) !== Number(v)) throw new Error(`${key} ${province} ${k}: ${row[k]} vs ${v} (${source})`);
      row[k] ??= v;
    }
    const ids = new Set((row.source ?? '').split(';').filter(Boolean));
    ids.add(source);
    row.source = [...ids].join(';');
    if (note && !(row.note ?? '').split(' / ').includes(note)) row.note = row.note ? `${row.note} / ${note}` : note;
    table.set(province, row);
  }
}

/** Picks the given columns of a row ('' where absent). */
export const pick = (r: Row, cols: string[]) => Object.fromEntries(cols.map((c) => [c, r[c] ?? '']));
