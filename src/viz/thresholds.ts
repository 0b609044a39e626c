/**
 * Contour levels. Linear spacing suits bowls; log spacing suits valleys such as
 * Rosenbrock's, where the interesting structure lives a thousandth of the way up.
 */

/** How levels are spaced between a field's min and max. */
export type LevelScale = 'linear' | 'log';

/**
 * `n` evenly spaced levels strictly inside `(min, max)`: `min + k (max - min) / (n + 1)`
 * for k = 1..n. Returns [] when the range is empty or not finite.
 *
 *   linearThresholds(0, 10, 4) // [2, 4, 6, 8]
 */
export function linearThresholds(min: number, max: number, n: number): number[] {
  if (!(Number.isFinite(min) && Number.isFinite(max) && max > min) || !(n >= 1)) return [];
  const count = Math.floor(n);
  const out: number[] = [];
  for (let k = 1; k <= count; k++) out.push(min + ((max - min) * k) / (count + 1));
  return out;
}

/**
 * `n` geometrically spaced levels measured from the minimum:
 * `min + eps * ((max - min) / eps) ^ (k / n)` for k = 0..n-1. Working in offsets
 * above `min` handles `min <= 0` (negative losses, or a minimum of exactly 0)
 * without a log of a non-positive number. `eps` is the first offset; by default
 * 1e-4 of the range. Returns [] when the range is empty or not finite.
 *
 *   logThresholds(0, 1000, 3, 1) // [1, 10, 100]
 *   logThresholds(-5, 995, 3, 1) // [-4, 5, 95]
 */
export function logThresholds(min: number, max: number, n: number, eps?: number): number[] {
  if (!(Number.isFinite(min) && Number.isFinite(max) && max > min) || !(n >= 1)) return [];
  const count = Math.floor(n);
  const range = max - min;
  const lo = eps !== undefined && eps > 0 && eps < range ? eps : range * 1e-4;
  const ratio = range / lo;
  const out: number[] = [];
  for (let k = 0; k < count; k++) out.push(min + lo * Math.pow(ratio, k / count));
  return out;
}

/**
 * Levels for a field by scale name.
 *
 *   thresholds(grid.min, grid.max, 20, 'log')
 */
export function thresholds(min: number, max: number, n: number, scale: LevelScale, eps?: number): number[] {
  return scale === 'log' ? logThresholds(min, max, n, eps) : linearThresholds(min, max, n);
}
