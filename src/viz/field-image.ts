/**
 * The pixels of a filled loss field. Pure: writes RGBA bytes that a Svelte
 * attachment hands to `new ImageData(...)` and `putImageData` on a canvas
 * (TF Playground's heatmap approach: one pixel per grid cell, then the canvas is
 * scaled up with smoothing).
 */
import type { Grid } from './grid';
import type { LevelScale } from './thresholds';

/** How values map to the colour table. */
export interface FieldPaint {
  /** Value mapped to the first LUT entry; default `grid.min`. */
  readonly min?: number;
  /** Value mapped to the last LUT entry; default `grid.max`. */
  readonly max?: number;
  /** `log` matches `logThresholds`: t = log1p((v - min) / eps) / log1p((max - min) / eps). Default `linear`. */
  readonly scale?: LevelScale;
  /** First offset above `min` for the log scale; default 1e-4 of the range. */
  readonly eps?: number;
  /**
   * Sorted contour levels: when given, colours are flat bands between levels
   * (t = share of levels at or below the value), matching the drawn lines.
   */
  readonly levels?: readonly number[];
  /** Reuse this buffer (length nx * ny * 4) instead of allocating. */
  readonly out?: Uint8ClampedArray;
}

/** Number of levels `<= v` in a sorted array (binary search). */
function rank(levels: readonly number[], v: number): number {
  let lo = 0;
  let hi = levels.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((levels[mid] ?? Infinity) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * RGBA bytes for `grid` as an image `nx` wide and `ny` tall, coloured through
 * `lut` (RGBA entries, e.g. `lossLut`). Image row 0 is the grid's top row (largest
 * y), so the image is upright. Non-finite samples are transparent; values
 * outside [min, max] take the end colours.
 *
 *   const px = fieldToImageData(grid, lossLut('light'), { scale: 'log' });
 *   ctx.putImageData(new ImageData(px, grid.nx, grid.ny), 0, 0);
 */
export function fieldToImageData(grid: Grid, lut: Uint8ClampedArray, paint: FieldPaint = {}): Uint8ClampedArray {
  const { nx, ny, values } = grid;
  const size = nx * ny * 4;
  const out = paint.out !== undefined && paint.out.length === size ? paint.out : new Uint8ClampedArray(size);
  const entries = Math.floor(lut.length / 4);
  if (entries < 1) throw new RangeError('fieldToImageData: empty colour table');
  const min = paint.min ?? grid.min;
  const max = paint.max ?? grid.max;
  const range = max - min;
  const levels = paint.levels;
  const log = paint.scale === 'log';
  const eps = paint.eps !== undefined && paint.eps > 0 ? paint.eps : range * 1e-4;
  const logDen = Math.log1p(range / eps);
  const last = entries - 1;
  for (let j = 0; j < ny; j++) {
    const row = (ny - 1 - j) * nx;
    for (let i = 0; i < nx; i++) {
      const v = values[i + j * nx] ?? NaN;
      const o = (row + i) * 4;
      if (!Number.isFinite(v)) {
        out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0;
        continue;
      }
      let t: number;
      if (levels !== undefined) t = levels.length > 0 ? rank(levels, v) / levels.length : 0;
      else if (!(range > 0)) t = 0;
      else if (log) t = v <= min ? 0 : Math.log1p((v - min) / eps) / logDen;
      else t = (v - min) / range;
      const k = 4 * Math.round((t <= 0 ? 0 : t >= 1 ? 1 : t) * last);
      out[o] = lut[k] ?? 0;
      out[o + 1] = lut[k + 1] ?? 0;
      out[o + 2] = lut[k + 2] ?? 0;
      out[o + 3] = lut[k + 3] ?? 255;
    }
  }
  return out;
}

