/**
 * Sampling a 2-D surface onto a regular grid, the input of contours and of the
 * filled field. Samples sit at cell centres, exactly where the contour tracer
 * places them (element `i + j*nx` at grid coordinate `(i + 0.5, j + 0.5)`), so
 * grid coordinate `0..nx` maps linearly onto the domain's full x extent.
 */
import type { Domain, Objective } from '~/core/types';

/** A sampled surface. Row-major with y rows: `values[i + j*nx]` is column i (x), row j (y, upwards). */
export interface Grid {
  readonly values: Float64Array;
  readonly nx: number;
  readonly ny: number;
  readonly domain: Domain;
  /** Smallest finite value, or NaN when no sample is finite. */
  readonly min: number;
  /** Largest finite value, or NaN when no sample is finite. */
  readonly max: number;
}

/** The function being sampled: an objective's `f`. */
export type ScalarField = Objective['f'];

/** The data-space x of column `i`'s centre. */
export function cellX(domain: Domain, nx: number, i: number): number {
  return domain.x[0] + ((i + 0.5) * (domain.x[1] - domain.x[0])) / nx;
}

/** The data-space y of row `j`'s centre. */
export function cellY(domain: Domain, ny: number, j: number): number {
  return domain.y[0] + ((j + 0.5) * (domain.y[1] - domain.y[0])) / ny;
}

/**
 * Sample `f` at the centres of an `nx` x `ny` grid over `domain`. Loops over a
 * single reused `Float64Array(2)`, so there is no allocation per point.
 * Non-finite samples are kept (contours treat NaN as below every level) but
 * excluded from `min`/`max`. Throws on sizes that are not positive integers.
 *
 *   const g = sampleGrid(rosenbrock.f, rosenbrock.domain, 200, 200);
 */
export function sampleGrid(f: ScalarField, domain: Domain, nx: number, ny: number): Grid {
  if (!Number.isInteger(nx) || !Number.isInteger(ny) || nx < 1 || ny < 1) {
    throw new RangeError(`sampleGrid: size must be positive integers, got ${nx} x ${ny}`);
  }
  const values = new Float64Array(nx * ny);
  const p = new Float64Array(2);
  const x0 = domain.x[0];
  const y0 = domain.y[0];
  const sx = (domain.x[1] - x0) / nx;
  const sy = (domain.y[1] - y0) / ny;
  let min = Infinity;
  let max = -Infinity;
  let k = 0;
  for (let j = 0; j < ny; j++) {
    p[1] = y0 + (j + 0.5) * sy;
    for (let i = 0; i < nx; i++, k++) {
      p[0] = x0 + (i + 0.5) * sx;
      const v = f(p);
      values[k] = v;
      if (v < min && v > -Infinity) min = v;
      if (v > max && v < Infinity) max = v;
    }
  }
  if (min > max) min = max = NaN;
  return { values, nx, ny, domain, min, max };
}

/**
 * Sample an objective over its own domain.
 *
 *   const g = sampleObjective(rosenbrock, 160, 120);
 */
export function sampleObjective(objective: Pick<Objective, 'f' | 'domain'>, nx: number, ny: number): Grid {
  return sampleGrid(objective.f, objective.domain, nx, ny);
}

/**
 * A grid resolution for a plot of `width` x `height` pixels: one sample per
 * `pxPerCell` pixels, capped at `maxCells` samples in total (keeping the aspect).
 *
 *   gridSizeFor(400, 300, 2) // [200, 150]
 */
export function gridSizeFor(width: number, height: number, pxPerCell = 2, maxCells = 40_000): [number, number] {
  let nx = Math.max(2, Math.round(width / pxPerCell));
  let ny = Math.max(2, Math.round(height / pxPerCell));
  if (nx * ny > maxCells) {
    const k = Math.sqrt(maxCells / (nx * ny));
    nx = Math.max(2, Math.floor(nx * k));
    ny = Math.max(2, Math.floor(ny * k));
  }
  return [nx, ny];
}
