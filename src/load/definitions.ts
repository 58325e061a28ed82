import { say, type Message } from '../model/text.js';
import { lstatSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { displayPath } from './display-path.js';
import type { Row } from '../model/fast-cells.js';
import { DataError } from '../model/errors.js';
import type { IndexDef, Issue, Period, Province } from '../model/types.js';
import { componentRow, groupRow, indexRow, methodologyRow, provinceRow, regionRow, sourceRow } from '../model/schemas.js';
import { BUNDLED_DATA_DIR } from './paths.js';
import { normalizeHeader } from './cells.js';
import { provinceOf, ProvinceRegistry } from '../model/provinces.js';
import { readCsv } from './read-csv.js';
import { readRecords } from './records.js';
import type { Definitions } from '../model/definitions.js';
import { compareLocations, throwFirstError } from '../check/issues.js';
import { groupSchemes } from './groups.js';
import { attachComponents } from './components.js';

/** The definition files, by name; each is read from the data folder if it has one, else from the bundled data. */
export const DEFINITION_FILES = ['indices.csv', 'methodology.csv', 'components.csv', 'provinces.csv', 'regions.csv', 'sources.csv', 'groups.csv'] as const;

/**
 * Path of a definition file: the data folder's own copy if present, else the bundled one. Anything
 * of that name counts as present (a broken link, a folder, an unreadable file), so that its problem
 * is reported at it instead of the bundled copy being read silently.
 */
export function definitionPath(dataDir: string, name: string): string {
  const own = join(dataDir, name);
  return present(own) ? own : join(BUNDLED_DATA_DIR, name);
}

function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Columns added after data folders were first written, read as empty where absent. */
const OPTIONAL_COLUMNS = ['title_vi', 'publisher_en'];

/** Reads one definition file against its schema, collecting issues instead of stopping at the first. */
function load<R extends Row>(dataDir: string, name: string, schema: R, issues: Issue[], order: string[]) {
  const path = definitionPath(dataDir, name);
  order.push(displayPath(path));
  try {
    const table = readCsv(path, displayPath(path));
    const records = readRecords(table, schema, OPTIONAL_COLUMNS);
    issues.push(...records.issues);
    const header = table.header.map(normalizeHeader);
    return { rows: records.rows, file: displayPath(path), column: (name: string) => header.indexOf(name) + 1 || undefined };
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    issues.push({
      severity: 'error',
      check: 'unreadable',
      file: e.location?.file ?? displayPath(path),
      line: e.location?.line,
      column: e.location?.column,
      message: e.text,
      hint: e.hint,
    });
    return { rows: [], file: displayPath(path), column: (_name: string): number | undefined => undefined };
  }
}

/** Loads and cross-checks the definition files. Returns the issues found; definitions are usable only without errors. */
export function loadDefinitions(dataDir: string): { defs: Definitions; issues: Issue[]; files: string[] } {
  const issues: Issue[] = [];
  // The files as read, each before the files that refer to it.
  const files: string[] = [];
  const err = (file: string, line: number, message: Message, column?: number) =>
    issues.push({ severity: 'error', check: 'definitions', file, line, column, message });

  const idx = load(dataDir, 'indices.csv', indexRow, issues, files);
  const indices = new Map<string, IndexDef>();
  for (const r of idx.rows) {
    if (indices.has(r.id)) err(idx.file, r.line, say(`chỉ số ${r.id} bị trùng`, `duplicate index ${r.id}`));
    indices.set(r.id, {
      id: r.id,
      shortName: r.short_name,
      nameVi: r.name_vi,
      nameEn: r.name_en,
      publisher: r.publisher,
      publisherEn: r.publisher_en,
      compositeCode: r.composite,
      rankKind: r.rank_kind,
      precision: r.precision,
    });
  }

  const meth = load(dataDir, 'methodology.csv', methodologyRow, issues, files);
  const periods: Period[] = [];
  for (const r of meth.rows) {
    if (!indices.has(r.index)) err(meth.file, r.line, say(`không có chỉ số ${r.index}`, `unknown index ${r.index}`));
    if (r.to_year < r.from_year)
      err(meth.file, r.line, say(`to_year ${r.to_year} trước from_year ${r.from_year}`, `to_year ${r.to_year} is before from_year ${r.from_year}`));
    const overlap = periods.find((p) => p.index === r.index && p.fromYear <= r.to_year && r.from_year <= p.toYear);
    if (overlap)
      err(
        meth.file,
        r.line,
        say(
          `${r.index} ${r.from_year}–${r.to_year} trùng với ${overlap.fromYear}–${overlap.toYear}`,
          `${r.index} ${r.from_year}–${r.to_year} overlaps ${overlap.fromYear}–${overlap.toYear}`,
        ),
      );
    periods.push({
      index: r.index,
      id: r.period,
      fromYear: r.from_year,
      toYear: r.to_year,
      aggregation: r.aggregation,
      compositeMax: r.composite_max,
      tolerance: r.tolerance,
      subTolerance: r.sub_tolerance,
      changeVi: r.change_vi,
      changeEn: r.change_en,
      noteVi: r.note_vi,
      noteEn: r.note_en,
      components: [],
    });
  }

  const comp = load(dataDir, 'components.csv', componentRow, issues, files);
  attachComponents(comp, periods, err);

  const reg = load(dataDir, 'regions.csv', regionRow, issues, files);
  const regions = new Map(reg.rows.map((r) => [r.code, { code: r.code, nameVi: r.name_vi, nameEn: r.name_en }]));

  const prov = load(dataDir, 'provinces.csv', provinceRow, issues, files);
  const provinces: Province[] = prov.rows.map(provinceOf);
  const registry = new ProvinceRegistry(provinces);
  const firstRow = new Map<string, number>();
  provinces.forEach((p, i) => firstRow.has(p.code) || firstRow.set(p.code, i));
  prov.rows.forEach((r, i) => {
    const p = provinces[i]!;
    if (firstRow.get(p.code) !== i) err(prov.file, r.line, say(`mã tỉnh ${p.code} bị trùng`, `duplicate province code ${p.code}`));
    if (p.region && !regions.has(p.region)) err(prov.file, r.line, say(`không có vùng ${p.region}`, `unknown region ${p.region}`));
    if (p.successor && !registry.byCode.has(p.successor))
      err(prov.file, r.line, say(`không có đơn vị kế thừa ${p.successor}`, `unknown successor ${p.successor}`));
  });

  const src = load(dataDir, 'sources.csv', sourceRow, issues, files);
  const sources = new Map(
    src.rows.map((r) => [
      r.id,
      { id: r.id, title: r.title, titleVi: r.title_vi, url: r.url, repository: r.repository, path: r.path, commit: r.commit, licence: r.licence, note: r.note },
    ]),
  );

  const grp = load(dataDir, 'groups.csv', groupRow, issues, files);
  const from = (name: string) => dirname(definitionPath(dataDir, name));
  const own = from('groups.csv') === from('indices.csv') && from('groups.csv') === from('sources.csv');
  const groups = groupSchemes(grp.rows, { file: grp.file, column: grp.column, indices: new Set(indices.keys()), sources: new Set(sources.keys()), own, err });

  return { defs: { indices, periods, provinces: registry, regions, sources, groups }, issues, files };
}

/** Loads the definitions, throwing the first error as a DataError (for commands other than validate). */
export function requireDefinitions(dataDir: string): Definitions {
  const { defs, issues, files } = loadDefinitions(dataDir);
  // A broken file is blamed, not the files that refer to what it failed to define: files in the
  // order they are read (indices before methodology before components, regions before provinces).
  const rank = (i: Issue) => (files.includes(i.file) ? files.indexOf(i.file) : files.length);
  throwFirstError(issues, (a, b) => rank(a) - rank(b) || compareLocations(a, b));
  return defs;
}
