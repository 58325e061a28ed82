import { denoise } from '../../analysis/round.js';

/** Decimals a stored number is written with (binary noise removed; at most 6 count). */
export function decimalsOf(x: number): number {
  const text = String(denoise(x));
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(text.length - dot - 1, 6);
}

/**
 * Whether a NEW number is the OLD one at the precision it is stored with: the index's published
 * precision or the decimals OLD carries, whichever is finer (61.25 → 61.2500001 is not a revision).
 */
export function nearEqual(old: number, next: number, precision: number): boolean {
  const decimals = Math.max(precision, decimalsOf(old));
  return denoise(Math.abs(next - old)) < 0.5 * 10 ** -decimals;
}
