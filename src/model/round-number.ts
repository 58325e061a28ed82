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

/** Rounds to a number of decimals. */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/** A number rounded to `decimals` (and to 15 significant digits, the most a double holds), -0 as 0. */
export function roundNumber(n: number, decimals: number): number {
  if (Number.isInteger(n) || !Number.isFinite(n)) return n;
  const r = Number(roundTo(n, decimals).toPrecision(15));
  return r === 0 ? 0 : r;
}
