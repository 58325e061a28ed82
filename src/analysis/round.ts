import { roundTo } from '../model/round-number.js';

/**
 * Removes binary noise from sums and differences of stored decimals (63.07 − 63.84 =
 * −0.7700000000000031, 40.1 + 0.2 ≠ 40.3): 10 decimals is beyond any published precision.
 */
export function denoise(x: number): number {
  return roundTo(x, 10);
}

/** Direction of a change at a published precision: a change that rounds to zero is 'same'. */
export function direction(delta: number, precision: number): 'up' | 'down' | 'same' {
  return Math.abs(delta) < 0.5 * 10 ** -precision ? 'same' : delta > 0 ? 'up' : 'down';
}
