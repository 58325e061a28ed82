import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { throwFirstError } from '../check/issues.js';
import { periodFor, type Definitions } from '../model/definitions.js';
import { indicatorRow } from '../model/indicator-schemas.js';
import { indicatorLevelOf, indicatorSet, NO_INDICATORS, type IndicatorDef, type IndicatorLevel, type IndicatorSet } from '../model/indicators.js';
import type { Issue } from '../model/types.js';
import { definitionPath } from './definitions.js';
import { displayPath } from './display-path.js';
import { readCsv, scanCsvFile } from './read-csv.js';
import { missingColumns, readRecords } from './records.js';
import { normalizeHeader } from './cells.js';
import { say, type Message } from '../model/text.js';

/** The indicator files of a data folder. */
export const INDICATOR_FILES = ['indicators.csv', 'indicator-values.csv'] as const;

/**
 * Reads the data folder's indicators.csv and indicator-values.csv (none: an empty set; values are
 * never borrowed from the bundled data, as they belong to that folder's provinces and years).
 */
export function loadIndicators(dataDir: string, defs: Definitions): { set: IndicatorSet; issues: Issue[] } {
  const defPath = join(dataDir, INDICATOR_FILES[0]);
  const valPath = join(dataDir, INDICATOR_FILES[1]);
  if (!existsSync(defPath)) return { set: NO_INDICATORS, issues: [] };
  const issues: Issue[] = [];
  const defFile = displayPath(defPath);
  const err = (file: string, line: number, message: Message, column?: number) =>
    issues.push({ severity: 'error', check: 'indicators', file, line, column, message });
  const key = (index: string, year: number) => `${index}/${year}`;
  const levels = new Map<string, IndicatorDef[]>();
  const defsRead = readRecords(readCsv(defPath, defFile), indicatorRow);
  issues.push(...defsRead.issues);
  for (const r of defsRead.rows) {
    const period = periodFor(defs, r.index, r.year);
    if (!period) err(defFile, r.line, say(`không có giai đoạn phương pháp cho ${r.index} ${r.year}`, `no methodology period for ${r.index} ${r.year}`));
    else if (!period.components.some((c) => c.code === r.parent))
      err(defFile, r.line, say(`${r.index} ${r.year} không có chỉ số thành phần ${r.parent}`, `unknown component ${r.parent} of ${r.index} ${r.year}`));
    const level = levels.get(key(r.index, r.year)) ?? [];
    if (level.some((i) => i.code === r.code))
      err(defFile, r.line, say(`chỉ tiêu ${r.code} bị trùng trong ${r.index} ${r.year}`, `duplicate indicator ${r.code} in ${r.index} ${r.year}`));
    const def: IndicatorDef = {
      index: r.index,
      year: r.year,
      code: r.code,
      parent: r.parent,
      nameVi: r.name_vi,
      nameEn: r.name_en ?? r.name_vi,
      unit: r.unit,
      direction: r.direction,
      basis: r.direction_basis,
    };
    level.push(def);
    levels.set(key(r.index, r.year), level);
  }
  const rows = new Map([...levels.keys()].map((k) => [k, new Map<string, Float64Array>()]));
  if (existsSync(valPath)) readValues(valPath, defFile, defs, levels, rows, issues);
  const built = new Map<string, IndicatorLevel>();
  for (const [k, indicators] of levels) built.set(k, indicatorLevelOf(indicators, rows.get(k)!));
  return { set: indicatorSet(defFile, built), issues };
}

// One process may open the same folder many times (scripts driving run(), the tests): the files are
// read again only when they, or the definitions they are checked against, changed.
const memo = new Map<string, { stamp: string; set: IndicatorSet }>();

/** Loads the indicators, throwing the first error as a DataError. */
export function requireIndicators(dataDir: string, defs: Definitions): IndicatorSet {
  const paths = [
    ...INDICATOR_FILES.map((f) => join(dataDir, f)),
    ...['provinces.csv', 'methodology.csv', 'components.csv'].map((f) => definitionPath(dataDir, f)),
  ];
  const stamp = paths.map((path) => (existsSync(path) ? `${path}:${statSync(path).mtimeMs}:${statSync(path).size}` : '-')).join('|');
  const hit = memo.get(dataDir);
  if (hit?.stamp === stamp) return hit.set;
  const { set, issues } = loadIndicators(dataDir, defs);
  throwFirstError(issues);
  memo.set(dataDir, { stamp, set });
  return set;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The columns of indicator-values.csv, in the order readValues takes them. */
const VALUE_COLUMNS = ['index', 'year', 'province', 'code', 'value'];

/**
 * Reads indicator-values.csv into each level's rows (province → a value per indicator, NaN: none).
 * Nine thousand rows: cells are checked by hand rather than through zod, rows are taken as they are
 * parsed (never held), and the level of a run of rows of one index-year is looked up once, as is
 * each province spelling of a year, so that a report starts quickly.
 */
function readValues(
  path: string,
  defFile: string,
  defs: Definitions,
  levels: Map<string, IndicatorDef[]>,
  rows: Map<string, Map<string, Float64Array>>,
  issues: Issue[],
): void {
  const file = displayPath(path);
  const err = (line: number, message: Message, column?: number) => issues.push({ severity: 'error', check: 'indicators', file, line, column, message });
  // Each level's indicator codes → their place in a row (the first definition of a duplicated code).
  const places = new Map<string, Map<string, number>>();
  for (const [k, indicators] of levels) {
    const place = new Map<string, number>();
    indicators.forEach((d, i) => place.has(d.code) || place.set(d.code, i));
    places.set(k, place);
  }
  // Province spellings resolved, by year.
  const resolvedIn = new Map<number, Map<string, string | undefined>>();
  scanCsvFile(path, file, (rawHeader) => {
    const header = rawHeader.map(normalizeHeader);
    const at = VALUE_COLUMNS.map((k) => header.indexOf(k));
    const missing = VALUE_COLUMNS.filter((_, i) => at[i]! < 0);
    const [ci, cy, cp, cc, cv] = at as [number, number, number, number, number];
    // As before the rows are read: the whole file is still parsed, so that a broken quote in it is still the error.
    if (missing.length > 0) {
      err(1, missingColumns(missing));
      return () => {};
    }
    // The level of the previous row, kept while the index and year cells stay the same (files list one index-year after another).
    let lastIndex: string | undefined;
    let lastYearText: string | undefined;
    let year = NaN;
    let levelKey = '';
    let place: Map<string, number> | undefined;
    let level: Map<string, Float64Array> | undefined;
    let resolved = new Map<string, string | undefined>();
    return (line, cells) => {
      const index = cells[ci] ?? '';
      const yearText = cells[cy] ?? '';
      if (index !== lastIndex || yearText !== lastYearText) {
        [lastIndex, lastYearText, year] = [index, yearText, Number(yearText)];
        levelKey = `${index}/${year}`;
        place = places.get(levelKey);
        level = rows.get(levelKey);
        if (!resolvedIn.has(year)) resolvedIn.set(year, new Map());
        resolved = resolvedIn.get(year)!;
      }
      // Three consts, not an array destructured: that went through an iterator, four allocations a row.
      const name = cells[cp] ?? '';
      const code = cells[cc] ?? '';
      const raw = cells[cv] ?? '';
      const at = place?.get(code);
      if (at === undefined) {
        err(
          line,
          say(`chỉ tiêu ${code} của ${index} ${yearText} không có trong ${defFile}`, `indicator ${code} of ${index} ${yearText} is not in ${defFile}`),
          cc + 1,
        );
        return;
      }
      if (!NUMBER.test(raw)) return err(line, say(`value: "${raw}" không phải là số`, `value: "${raw}" is not a number`), cv + 1);
      if (!resolved.has(name)) resolved.set(name, defs.provinces.resolve(name, year)?.code);
      const province = resolved.get(name);
      if (!province) return err(line, say(`không có tỉnh "${name}" trong năm ${year}`, `unknown province "${name}" in ${year}`), cp + 1);
      const value = Number(raw);
      let row = level!.get(province);
      if (!row) level!.set(province, (row = new Float64Array(levels.get(levelKey)!.length).fill(NaN)));
      const held = row[at]!;
      if (!Number.isNaN(held) && held !== value) err(line, say(`${name} ${code}: hai giá trị khác nhau`, `${name} ${code}: two different values`), cv + 1);
      row[at] = value;
    };
  });
}
