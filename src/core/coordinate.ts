/**
 * Updating one coordinate at a time: cyclic coordinate descent with gradient
 * steps (Wright, "Coordinate descent algorithms", Math. Programming 151, 2015).
 * Within each sweep, coordinate i moves by -lr * df/dx_i evaluated at the point
 * where the earlier coordinates have already moved. That is a different
 * algorithm from gradient descent, which computes the whole gradient at one
 * point and moves every coordinate at once; it is also what you get by
 * accident when a training loop updates w1 and then recomputes the gradient
 * for w2 from the new w1.
 *
 *   const c = runCoordinateDescent({ objective, lr: 0.1, start: [1, 1], sweeps: 30 });
 *   c.sweepLoss; // loss after 0, 1, 2, ... full sweeps
 */
import type { RunStatus } from './run';
import type { Objective, Vec } from './types';

export interface CoordinateRunOptions {
  readonly objective: Pick<Objective, 'dim' | 'f' | 'grad'>;
  readonly lr: number;
  readonly start: ArrayLike<number>;
  /** Number of sweeps; one sweep updates every coordinate once. */
  readonly sweeps: number;
  /** Diverged when some |x_i| exceeds this (default 1e6). */
  readonly bound?: number;
}

export interface CoordinateRun {
  readonly dim: number;
  /** Full sweeps completed. */
  readonly sweeps: number;
  /** Every intermediate point, one per coordinate update: (sweeps * dim + 1) * dim values (flat, row after row), all finite. */
  readonly positions: Float64Array;
  /** Points after whole sweeps only, (sweeps + 1) * dim values: comparable with gradient-descent steps. */
  readonly sweepPositions: Float64Array;
  /** Loss after 0, 1, ..., sweeps sweeps. */
  readonly sweepLoss: Float64Array;
  readonly status: RunStatus;
}

/**
 * Run `sweeps` sweeps of cyclic coordinate gradient descent. Stops early (status
 * diverged) before any non-finite or out-of-bound position, so every stored
 * value is finite.
 */
export function runCoordinateDescent(opts: CoordinateRunOptions): CoordinateRun {
  const { objective, lr, start, sweeps } = opts;
  const dim = objective.dim;
  const bound = opts.bound ?? 1e6;
  if (!(Number.isInteger(sweeps) && sweeps >= 0)) throw new RangeError(`runCoordinateDescent: invalid sweeps = ${sweeps}`);
  if (!(lr >= 0 && Number.isFinite(lr))) throw new RangeError(`runCoordinateDescent: invalid lr = ${lr}`);
  if (start.length !== dim) throw new RangeError(`runCoordinateDescent: start has ${start.length} coordinates, objective has ${dim}`);
  const x: Vec = Float64Array.from({ length: dim }, (_, i) => start[i] ?? 0);
  if (!x.every(Number.isFinite)) throw new RangeError('runCoordinateDescent: start is not finite');
  const g: Vec = new Float64Array(dim);
  const positions = new Float64Array((sweeps * dim + 1) * dim);
  const sweepPositions = new Float64Array((sweeps + 1) * dim);
  const sweepLoss = new Float64Array(sweeps + 1);
  positions.set(x, 0);
  sweepPositions.set(x, 0);
  sweepLoss[0] = objective.f(x);
  let status: RunStatus = { kind: 'max-steps' };
  let done = 0;
  let sub = 0;
  outer: for (let s = 0; s < sweeps; s++) {
    for (let i = 0; i < dim; i++) {
      objective.grad(x, g);
      const next = x[i]! - lr * g[i]!;
      if (!Number.isFinite(next)) {
        status = { kind: 'diverged', step: s + 1, reason: `coordinate ${i} became non-finite` };
        break outer;
      }
      if (Math.abs(next) > bound) {
        status = { kind: 'diverged', step: s + 1, reason: `left the bound |x| > ${bound}` };
        break outer;
      }
      x[i] = next;
      sub += 1;
      positions.set(x, sub * dim);
    }
    const f = objective.f(x);
    if (!Number.isFinite(f)) {
      status = { kind: 'diverged', step: s + 1, reason: 'loss became non-finite' };
      sub -= dim;
      break;
    }
    done = s + 1;
    sweepPositions.set(x, done * dim);
    sweepLoss[done] = f;
  }
  return {
    dim,
    sweeps: done,
    positions: positions.subarray(0, (sub + 1) * dim),
    sweepPositions: sweepPositions.subarray(0, (done + 1) * dim),
    sweepLoss: sweepLoss.subarray(0, done + 1),
    status,
  };
}
