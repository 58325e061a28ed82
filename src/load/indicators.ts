import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { throwFirstError } from '../check/issues.js';
import { periodFor, type Definitions } from '../model/definitions.js';
import { indicatorRow, indicatorValueRow } from '../model/indicator-schemas.js';
import { NO_INDICATORS, type IndicatorDef, type IndicatorLevel, type IndicatorSet } from '../model/indicators.js';
import type { Issue } from '../model/types.js';
import { displayPath } from './definitions.js';
import { readCsv } from './read-csv.js';
import { readRecords } from './records.js';

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
  const err = (file: string, line: number, message: string, column?: number) => issues.push({ severity: 'error', check: 'indicators', file, line, column, message });
  const key = (index: string, year: number) => `${index}/${year}`;
  const levels = new Map<string, IndicatorLevel>();
  const defsRead = readRecords(readCsv(defPath, defFile), indicatorRow);
  issues.push(...defsRead.issues);
  for (const r of defsRead.rows) {
    const period = periodFor(defs, r.index, r.year);
    if (!period) err(defFile, r.line, `no methodology period for ${r.index} ${r.year}`);
    else if (!period.components.some((c) => c.code === r.parent)) err(defFile, r.line, `unknown component ${r.parent} of ${r.index} ${r.year}`);
    const level: IndicatorLevel = levels.get(key(r.index, r.year)) ?? { indicators: [], values: new Map() };
    if (level.indicators.some((i) => i.code === r.code)) err(defFile, r.line, `duplicate indicator ${r.code} in ${r.index} ${r.year}`);
    const def: IndicatorDef = { index: r.index, year: r.year, code: r.code, parent: r.parent, nameVi: r.name_vi, nameEn: r.name_en ?? r.name_vi, unit: r.unit, direction: r.direction, basis: r.direction_basis };
    level.indicators.push(def);
    levels.set(key(r.index, r.year), level);
  }
  if (existsSync(valPath)) {
    const valFile = displayPath(valPath);
    const vals = readRecords(readCsv(valPath, valFile), indicatorValueRow);
    issues.push(...vals.issues);
    for (const r of vals.rows) {
      const level = levels.get(key(r.index, r.year));
      if (!level?.indicators.some((i) => i.code === r.code)) {
        err(valFile, r.line, `indicator ${r.code} of ${r.index} ${r.year} is not in ${defFile}`, 4);
        continue;
      }
      const p = defs.provinces.resolve(r.province, r.year);
      if (!p) {
        err(valFile, r.line, `unknown province "${r.province}" in ${r.year}`, 3);
        continue;
      }
      const row = level.values.get(p.code) ?? {};
      if (r.code in row && row[r.code] !== r.value) err(valFile, r.line, `${r.province} ${r.code}: two different values`, 5);
      row[r.code] = r.value;
      level.values.set(p.code, row);
    }
  }
  const years = (index: string) => [...levels.keys()].filter((k) => k.startsWith(`${index}/`)).map((k) => Number(k.slice(index.length + 1))).sort((a, b) => a - b);
  return { set: { file: defFile, level: (index, year) => levels.get(key(index, year)), years }, issues };
}

/** Loads the indicators, throwing the first error as a DataError. */
export function requireIndicators(dataDir: string, defs: Definitions): IndicatorSet {
  const { set, issues } = loadIndicators(dataDir, defs);
  throwFirstError(issues);
  return set;
}
