import type { ComponentGapsResult } from './component-result.js';
import type { GapsResult } from './result.js';
import type { View } from '../../i18n/view.js';
import type { Dataset } from '../../model/dataset.js';
import { sourcesOf, type DataTables } from '../../render/data-table.js';
import { benchmarkCode, columns, GAP_COLUMNS, gapCells, INDICATOR_COLUMNS, indicatorCells, PROVINCE_COLUMNS, provinceCells } from '../../render/data-rows.js';

/** `chiso gaps` as data: the composite, then each component, against the benchmark (one row each). */
export function gapsTables(result: GapsResult, data: Dataset, view: View): DataTables {
  const { defs } = data;
  const head = [result.index, result.year, ...provinceCells(defs, result.province, view), benchmarkCode(result.benchmark)];
  const rows = [result.composite, ...result.components].map((g) => [...head, ...gapCells(defs, result.index, result.year, g, view)]);
  const pairs: [string, number][] = [[result.index, result.year]];
  if (result.previousYear !== null) pairs.push([result.index, result.previousYear]);
  return {
    tables: [{ name: 'gaps', columns: columns(view, `index year:i ${PROVINCE_COLUMNS} benchmark_kind ${GAP_COLUMNS}`), rows }],
    sources: sourcesOf(data, pairs),
  };
}

/** `chiso gaps --component CODE` as data: one row per indicator. */
export function componentGapsTables(result: ComponentGapsResult, data: Dataset, view: View): DataTables {
  const head = [result.index, result.year, ...provinceCells(data.defs, result.province, view), result.component];
  const rows = result.indicators.map((i) => [...head, ...indicatorCells(i, view)]);
  return {
    tables: [{ name: 'indicators', columns: columns(view, `index year:i ${PROVINCE_COLUMNS} component ${INDICATOR_COLUMNS}`), rows }],
    sources: sourcesOf(data, [[result.index, result.year]]),
  };
}
