import { tablesOf, type Dataset } from './dataset.js';
import type { IndicatorSet } from './indicators.js';
import type { YearTable } from './types.js';

/** Decimals JSON numbers never exceed: beyond any published precision, and above float noise (as analysis/round.ts denoise). */
export const MAX_DECIMALS = 10;
/** Extra decimals for numbers derived from stored ones: shares (percentile, gap / max), means, half-way medians. */
export const DERIVED_DECIMALS = 2;

/** Decimals of a number as stored: 65.12 → 2, 7 → 0 (the shortest text that reads back as the same number). */
export function decimalsOf(n: number): number {
  if (Number.isInteger(n) || !Number.isFinite(n)) return 0;
  const s = String(n);
  const e = /e-(\d+)$/.exec(s);
  const frac = (s.split(/e/)[0]!.split('.')[1] ?? '').length;
  return e ? frac + Number(e[1]) : frac;
}

/**
 * The decimals a command's JSON numbers are rounded to: the most decimals among the stored values
 * it read (the given index-years, else every table the data holds, plus their indicators), plus
 * DERIVED_DECIMALS, at most MAX_DECIMALS. A difference of two stored values then comes out exact
 * (63.07 − 63.56 = -0.49, not -0.4899999999999993), and no number has more digits than its data.
 */
export function outputDecimals(data: Dataset, pairs?: readonly (readonly [string, number | null])[], indicators?: IndicatorSet): number {
  const tables: YearTable[] = pairs ? pairs.flatMap(([index, year]) => (year === null ? [] : (data.table(index, year) ?? []))) : tablesOf(data);
  let d = 0;
  for (const t of tables) {
    for (const o of [...t.rows, ...t.aggregates]) {
      if (o.composite !== undefined) d = Math.max(d, decimalsOf(o.composite));
      for (const v of Object.values(o.values)) d = Math.max(d, decimalsOf(v));
    }
    for (const values of indicators?.level(t.index, t.year)?.values.values() ?? []) for (const v of Object.values(values)) d = Math.max(d, decimalsOf(v));
    if (d >= MAX_DECIMALS) break;
  }
  return Math.min(MAX_DECIMALS, d + DERIVED_DECIMALS);
}

/** A number rounded to `decimals` (and to 15 significant digits, the most a double holds), -0 as 0. */
export function roundNumber(n: number, decimals: number): number {
  if (Number.isInteger(n) || !Number.isFinite(n)) return n;
  const f = 10 ** decimals;
  const r = Number((Math.round(n * f) / f).toPrecision(15));
  return r === 0 ? 0 : r;
}
