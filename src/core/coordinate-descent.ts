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
import { makeOptimizer } from './optimizers';
import { run, type RunStatus } from './runner';
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
 * Run `sweeps` sweeps of cyclic coordinate gradient descent: a thin wrapper
 * over the runner (runner.ts) and plain gradient descent (optimizers/gd.ts).
 * Sub-step k is one gradient-descent step with every component of the
 * gradient but coordinate k mod dim set to 0, so it moves that coordinate
 * alone, by exactly -lr * df/dx_i (x_j + -lr * 0 is x_j, bit for bit). Stops
 * early (status diverged, counted in sweeps) before any non-finite or
 * out-of-bound position, loss or gradient, so every stored value is finite.
 */
export function runCoordinateDescent(opts: CoordinateRunOptions): CoordinateRun {
  const { objective, lr, start, sweeps } = opts;
  const dim = objective.dim;
  const bound = opts.bound ?? 1e6;
  if (!(Number.isInteger(sweeps) && sweeps >= 0)) throw new RangeError(`runCoordinateDescent: invalid sweeps = ${sweeps}`);
  if (!(lr >= 0 && Number.isFinite(lr))) throw new RangeError(`runCoordinateDescent: invalid lr = ${lr}`);
  if (start.length !== dim) throw new RangeError(`runCoordinateDescent: start has ${start.length} coordinates, objective has ${dim}`);
  for (let i = 0; i < dim; i++) if (!Number.isFinite(start[i])) throw new RangeError('runCoordinateDescent: start is not finite');
  let calls = 0;
  const grad = (x: ArrayLike<number>, out: Vec): Vec => {
    objective.grad(x, out);
    const keep = calls++ % dim;
    for (let i = 0; i < dim; i++) if (i !== keep) out[i] = 0;
    return out;
  };
  const tr = run({
    objective: { dim, f: (x) => objective.f(x), grad },
    optimizer: makeOptimizer('gd', { lr }),
    start,
    steps: sweeps * dim,
    stop: { bound },
  });
  const done = Math.floor(tr.length / dim);
  const sweepPositions = new Float64Array((done + 1) * dim);
  const sweepLoss = new Float64Array(done + 1);
  for (let s = 0; s <= done; s++) {
    sweepPositions.set(tr.positions.subarray(s * dim * dim, (s * dim + 1) * dim), s * dim);
    sweepLoss[s] = tr.loss[s * dim]!;
  }
  const st = tr.status;
  const status: RunStatus = st.kind === 'diverged' ? { kind: 'diverged', step: Math.ceil(st.step / dim), reason: st.reason } : { kind: 'max-steps' };
  return { dim, sweeps: done, positions: tr.positions, sweepPositions, sweepLoss, status };
}
