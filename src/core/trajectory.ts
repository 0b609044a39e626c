/**
 * The one loop every trajectory goes through: an optimizer stepped from a
 * start, every point recorded in preallocated typed arrays, truncated before
 * any non-finite or out-of-bound value. It never hands back a non-finite
 * position, so widgets never draw NaN (Distill's momentum article stops its
 * runner the same way). Everything is allocated up front; the loop allocates
 * nothing.
 *
 * `run` (runner.ts) is this loop with stopping rules and schedules; the
 * special cases are inputs to it, not loops of their own: noisy gradients are
 * an objective wrapper (noise.ts); mini-batches, one coordinate at a time,
 * momentum in velocity variables and the optimizer's internals hand it a
 * gradient oracle or an `observe` callback (minibatch.ts,
 * coordinate-descent.ts, momentum-steps.ts, trace.ts). Every update is an
 * optimizer's `step` (src/core/optimizers). Only the many-starts loops
 * (many-starts.ts) run without it: they keep no trajectory. It lives in its
 * own module so that a figure using only a wrapper does not load `run`'s
 * stopping rules and schedules.
 *
 *   const tr = stepTrajectory(objective, makeOptimizer('gd', { lr: 0.1 }), [1, 1], 100, { bound: 1e6 });
 */
import { makeOptimizer, type Optimizer } from './optimizers';
import type { Objective, Vec } from './types';

export type ConvergedReason = 'loss-change' | 'step-size' | 'grad-norm' | 'patience';

export type RunStatus =
  | { readonly kind: 'converged'; readonly reason: ConvergedReason; readonly step: number }
  | { readonly kind: 'diverged'; readonly reason: string; readonly step: number }
  | { readonly kind: 'max-steps' };

export interface Trajectory {
  readonly dim: number;
  /** Steps actually taken; every array below covers exactly those. */
  readonly length: number;
  /** x_0 ... x_length, row after row: (length + 1) * dim values, all finite. */
  readonly positions: Float64Array;
  /** f(x_0) ... f(x_length). */
  readonly loss: Float64Array;
  /** ||grad f(x_0)|| ... ||grad f(x_length)||. */
  readonly gradNorm: Float64Array;
  /** Learning rate used by step k (moving x_k to x_{k+1}), k < length. */
  readonly lr: Float64Array;
  readonly status: RunStatus;
  /** The optimizer that ran, left in its final state (for `state()`). */
  readonly optimizer: Optimizer;
}

/** An optimizer instance, or its id and hyperparameters. */
export type OptimizerSpec = Optimizer | { readonly id: string; readonly params?: Readonly<Record<string, unknown>> };

/** The optimizer a spec names (a new instance), or the instance itself. */
export function optimizerOf(spec: OptimizerSpec): Optimizer {
  return typeof (spec as Optimizer).step === 'function' ? (spec as Optimizer) : makeOptimizer((spec as { id: string }).id, (spec as { params?: Record<string, unknown> }).params ?? {});
}

/** Default divergence bound on |x_i|. */
export const DEFAULT_BOUND = 1e6;

export interface StepLoopOptions {
  /** Diverged when some |x_i| > bound. */
  readonly bound: number;
  /** The learning rate of step k (0-based), from the optimizer's constructed `baseLr`; default constant. */
  readonly lrAt?: (k: number, baseLr: number) => number;
  /**
   * Whether the run has converged at point t: called at the start (t = 0, with
   * fPrev and step NaN) and after every kept step, with the loss there, the
   * previous loss, the gradient norm and the length of the step just taken.
   */
  readonly converged?: (t: number, f: number, fPrev: number, gradNorm: number, step: number) => ConvergedReason | null;
  /**
   * Called at every point the run keeps, x_0 ... x_length, in order, once that
   * point has passed the checks: `t` is its index, `x` the point, `g` the
   * gradient there (the one step t + 1 will use, from `objective.grad`), `opt`
   * the optimizer after t steps. The arrays are the loop's own and are
   * overwritten by the next step: copy what you keep. Must not change them.
   */
  readonly observe?: (t: number, x: Vec, g: Vec, opt: Optimizer) => void;
}

/**
 * Step `opt` (reset first) at most `steps` times from `start` on `objective`.
 * After each step it checks, in order: a non-finite or out-of-bound position,
 * a non-finite loss or gradient (diverged: the run is truncated before that
 * point), then `converged`. Inputs are not validated here: `run` does that.
 */
export function stepTrajectory(objective: Pick<Objective, 'dim' | 'f' | 'grad'>, opt: Optimizer, start: ArrayLike<number>, steps: number, options: StepLoopOptions): Trajectory {
  const { bound, lrAt, converged, observe } = options;
  const dim = objective.dim;
  opt.reset();
  const baseLr = opt.lr;

  const positions = new Float64Array((steps + 1) * dim);
  const loss = new Float64Array(steps + 1);
  const gradNorm = new Float64Array(steps + 1);
  const lrs = new Float64Array(steps);
  const x: Vec = new Float64Array(dim);
  const g: Vec = new Float64Array(dim);
  for (let i = 0; i < dim; i++) x[i] = start[i]!;

  let status: RunStatus = { kind: 'max-steps' };
  let length = 0;

  positions.set(x, 0);
  let f = objective.f(x);
  objective.grad(x, g);
  let gn = norm(g, dim);
  loss[0] = f;
  gradNorm[0] = gn;
  const startFinite = Number.isFinite(f) && Number.isFinite(gn);
  if (startFinite && observe) observe(0, x, g, opt);
  const atStart = startFinite && converged ? converged(0, f, NaN, gn, NaN) : null;
  if (!startFinite) {
    status = { kind: 'diverged', step: 0, reason: Number.isFinite(f) ? 'gradient is not finite at the start' : 'loss is not finite at the start' };
  } else if (atStart) {
    status = { kind: 'converged', reason: atStart, step: 0 };
  } else {
    for (let k = 0; k < steps; k++) {
      const lr = lrAt ? lrAt(k, baseLr) : baseLr;
      opt.lr = lr;
      lrs[k] = lr;
      opt.step(x, g);
      const t = k + 1;
      let bad = -1;
      let big = -1;
      let step2 = 0;
      const prev = k * dim;
      for (let i = 0; i < dim; i++) {
        const xi = x[i]!;
        if (!Number.isFinite(xi)) bad = i;
        else if (Math.abs(xi) > bound) big = i;
        const d = xi - positions[prev + i]!;
        step2 += d * d;
      }
      if (bad >= 0) {
        status = { kind: 'diverged', step: t, reason: `position became non-finite (x[${bad}] = ${String(x[bad])})` };
        break;
      }
      if (big >= 0) {
        status = { kind: 'diverged', step: t, reason: `left the bound |x| > ${fmt(bound)}` };
        break;
      }
      const fPrev = f;
      f = objective.f(x);
      objective.grad(x, g);
      gn = norm(g, dim);
      if (!Number.isFinite(f)) {
        status = { kind: 'diverged', step: t, reason: 'loss became non-finite' };
        break;
      }
      if (!Number.isFinite(gn)) {
        status = { kind: 'diverged', step: t, reason: 'gradient became non-finite' };
        break;
      }
      positions.set(x, t * dim);
      loss[t] = f;
      gradNorm[t] = gn;
      length = t;
      if (observe) observe(t, x, g, opt);
      if (converged) {
        const reason = converged(t, f, fPrev, gn, Math.sqrt(step2));
        if (reason) {
          status = { kind: 'converged', reason, step: t };
          break;
        }
      }
    }
  }
  opt.lr = baseLr;
  return {
    dim,
    length,
    positions: positions.subarray(0, (length + 1) * dim),
    loss: loss.subarray(0, length + 1),
    gradNorm: gradNorm.subarray(0, length + 1),
    lr: lrs.subarray(0, length),
    status,
    optimizer: opt,
  };
}

/** Euclidean norm; rescaled when the plain sum of squares overflows, so huge finite gradients stay finite. */
function norm(g: Vec, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += g[i]! * g[i]!;
  if (s !== Infinity) return Math.sqrt(s);
  let big = 0;
  for (let i = 0; i < n; i++) big = Math.max(big, Math.abs(g[i]!));
  if (big === Infinity) return Infinity;
  s = 0;
  for (let i = 0; i < n; i++) s += (g[i]! / big) ** 2;
  return big * Math.sqrt(s);
}

/** A number for prose: three significant digits, no trailing zeros. */
function fmt(v: number): string {
  return String(Number(v.toPrecision(3)));
}
