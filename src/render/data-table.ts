import type { RankInfo } from '../analysis/ranking.js';
import type { Dataset } from '../model/dataset.js';
import { MAX_DECIMALS, roundNumber } from '../model/round-number.js';

/** How a column's values are written: text, or numbers (whole numbers for ranks and counts). */
export type ColumnType = 'text' | 'number' | 'integer';

/** One column of a data table: a stable snake_case code (the CSV header), its localised label, its type. */
export interface DataColumn {
  code: string;
  label: string;
  type: ColumnType;
}

/** A cell of a data table: text, a number, or null for a missing value (an empty cell). */
export type DataValue = string | number | null;

/** A table of values drawn from a command's result for CSV and spreadsheets: numbers stay numbers, no display text. */
export interface DataTable {
  /** Stable name (`--table NAME`, the sheet name). */
  name: string;
  columns: DataColumn[];
  rows: DataValue[][];
}

/** What a command hands to the CSV and spreadsheet writers: its tables (the first is the main one) and the sources behind them. */
export interface DataTables {
  tables: DataTable[];
  /** Source citations of the data read (for the notes sheet). */
  sources: string[];
}

/** A column. */
export function col(code: string, label: string, type: ColumnType = 'text'): DataColumn {
  return { code, label, type };
}

/** The two rank columns, `rank` and `rank_of` (prefixed: `from_rank`, `from_rank_of`), with the localised label. */
export function rankColumns(label: string, ofLabel: string, prefix = ''): DataColumn[] {
  return [col(`${prefix}rank`, label, 'integer'), col(`${prefix}rank_of`, ofLabel, 'integer')];
}

/** The values of the two rank columns: the place and the number ranked, empty when there is no rank. */
export function rankValues(rank: { rank: number; of: number } | RankInfo | null | undefined): [number | null, number | null] {
  return rank ? [rank.rank, rank.of] : [null, null];
}

/** A number or null (undefined reads as missing). */
export function num(value: number | null | undefined): number | null {
  return value === undefined || value === null || !Number.isFinite(value) ? null : value;
}

/**
 * The source citations behind some index-years: every source id their rows name, resolved to
 * "id: title (url or repository/path@commit; licence)", in first-seen order.
 */
export function sourcesOf(data: Dataset, pairs: readonly (readonly [string, number])[]): string[] {
  const ids = new Set<string>();
  for (const [index, year] of pairs) for (const row of data.table(index, year)?.rows ?? []) for (const id of row.sources) ids.add(id);
  return [...ids].map((id) => {
    const s = data.defs.sources.get(id);
    if (!s) return id;
    const where = s.url ?? (s.repository ? `${s.repository}/${s.path ?? ''}${s.commit ? `@${s.commit.slice(0, 12)}` : ''}` : undefined);
    return `${id}: ${s.title}${where || s.licence ? ` (${[where, s.licence].filter(Boolean).join('; ')})` : ''}`;
  });
}

/** The tables with every number rounded as JSON's are (model/precision.ts), so CSV and xlsx carry no float noise either. */
export function roundTables(set: DataTables, decimals = MAX_DECIMALS): DataTables {
  const round = (v: DataValue) => (typeof v === 'number' ? roundNumber(v, decimals) : v);
  return { ...set, tables: set.tables.map((t) => ({ ...t, rows: t.rows.map((r) => r.map(round)) })) };
}
