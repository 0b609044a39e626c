/**
 * The one trajectory runner: gradient steps from a start, recorded in
 * preallocated typed arrays, with stopping rules and divergence detection. It
 * never hands back a non-finite position, so widgets never draw NaN (Distill's
 * momentum article stops its runner the same way).
 *
 * The special cases are inputs to it, not runners of their own: noisy
 * gradients are an objective wrapper (noise.ts); mini-batches, one coordinate
 * at a time and the optimizer's internals are thin wrappers that hand it a
 * gradient oracle or an `observe` callback (minibatch.ts,
 * coordinate-descent.ts, trace.ts, momentum-steps.ts). Every update is an
 * optimizer's `step` (src/core/optimizers). Only the many-starts loops
 * (many-starts.ts) run without it: they keep no trajectory.
 *
 *   const tr = run({ objective, optimizer: { id: 'adam', params: { lr: 0.05 } }, start: [-1.2, 1], steps: 500 });
 *   tr.status;    // { kind: 'converged', reason: 'grad-norm', step: 312 } | { kind: 'diverged', ... } | { kind: 'max-steps' }
 *   tr.positions; // Float64Array, (tr.length + 1) * dim: x_0, x_1, ..., x_length
 */
import { makeOptimizer, type Optimizer } from './optimizers';
import { lrAt, validateSchedule, type Schedule } from './schedules';
import type { Objective, Vec } from './types';

/** What the runner needs from an objective (a full Objective record fits). */
export type RunObjective = Pick<Objective, 'dim' | 'f' | 'grad'>;

/** An optimizer instance, or its id and hyperparameters. */
export type OptimizerSpec = Optimizer | { readonly id: string; readonly params?: Readonly<Record<string, unknown>> };

/**
 * When to stop early. Tolerances are absolute and off unless given.
 *
 * - `gradNorm`: converged when ||grad f(x_t)|| <= gradNorm.
 * - `stepSize`: converged when ||x_t - x_{t-1}|| <= stepSize.
 * - `lossChange`: converged when |f(x_t) - f(x_{t-1})| <= lossChange.
 * - `patience`: converged when the best loss has not improved by more than
 *   `minDelta` (default 0) for `patience` consecutive steps (a convergence test
 *   on the training loss; early stopping applies such a counter to a held-out
 *   validation loss instead).
 * - `bound`: diverged when some |x_i| > bound (default 1e6).
 */
export interface StopCriteria {
  readonly gradNorm?: number;
  readonly stepSize?: number;
  readonly lossChange?: number;
  readonly patience?: number;
  readonly minDelta?: number;
  readonly bound?: number;
}

export type ConvergedReason = 'loss-change' | 'step-size' | 'grad-norm' | 'patience';

export type RunStatus =
  | { readonly kind: 'converged'; readonly reason: ConvergedReason; readonly step: number }
  | { readonly kind: 'diverged'; readonly reason: string; readonly step: number }
  | { readonly kind: 'max-steps' };

export interface RunOptions {
  readonly objective: RunObjective;
  readonly optimizer: OptimizerSpec;
  readonly start: ArrayLike<number>;
  /** Maximum number of optimizer steps. */
  readonly steps: number;
  /** Learning-rate schedule applied to the optimizer's lr (default constant). */
  readonly schedule?: Schedule;
  readonly stop?: StopCriteria;
  /**
   * Called at every point the run keeps, x_0 ... x_length, in order, once that
   * point has passed the checks: `t` is its index, `x` the point, `g` the
   * gradient there (the one step t + 1 will use, from `objective.grad`), `opt`
   * the optimizer after t steps. The arrays are the runner's own and are
   * overwritten by the next step: copy what you keep. Must not change them.
   */
  readonly observe?: (t: number, x: Vec, g: Vec, opt: Optimizer) => void;
}

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

/** Default divergence bound on |x_i|. */
export const DEFAULT_BOUND = 1e6;

function isOptimizer(spec: OptimizerSpec): spec is Optimizer {
  return typeof (spec as Optimizer).step === 'function';
}

function checkTolerance(name: string, v: number | undefined): void {
  if (v !== undefined && !(v >= 0)) throw new Error(`run: invalid stop.${name} = ${String(v)}; expected a number >= 0`);
}

/**
 * Run an optimizer on an objective for at most `steps` steps. The optimizer is
 * reset first, so a run is a pure function of its options. Everything is
 * allocated up front; the loop allocates nothing. After each step it checks, in
 * order: divergence (non-finite or out-of-bound position, non-finite loss or
 * gradient: the run is truncated before that point), then convergence by
 * gradient norm, step size, loss change and patience.
 *
 *   run({ objective: quad, optimizer: { id: 'gd', params: { lr: 0.1 } }, start: [1, 1], steps: 100, stop: { gradNorm: 1e-8 } });
 */
export function run(options: RunOptions): Trajectory {
  const { objective, start, schedule, observe } = options;
  const stop = options.stop ?? {};
  const dim = objective.dim;
  const steps = options.steps;
  if (!(Number.isInteger(steps) && steps >= 0)) throw new Error(`run: invalid steps = ${String(steps)}; expected an integer >= 0`);
  if (start.length !== dim) throw new Error(`run: start has ${start.length} coordinates but the objective has dim ${dim}`);
  for (let i = 0; i < dim; i++) {
    if (!Number.isFinite(start[i])) throw new Error(`run: start[${i}] = ${String(start[i])} is not finite`);
  }
  checkTolerance('gradNorm', stop.gradNorm);
  checkTolerance('stepSize', stop.stepSize);
  checkTolerance('lossChange', stop.lossChange);
  checkTolerance('minDelta', stop.minDelta);
  if (stop.patience !== undefined && !(Number.isInteger(stop.patience) && stop.patience > 0)) {
    throw new Error(`run: invalid stop.patience = ${String(stop.patience)}; expected a positive integer`);
  }
  if (schedule) validateSchedule(schedule);

  const spec = options.optimizer;
  const opt = isOptimizer(spec) ? spec : makeOptimizer(spec.id, spec.params ?? {});
  opt.reset();
  const baseLr = opt.lr;

  const bound = stop.bound ?? DEFAULT_BOUND;
  const tolGrad = stop.gradNorm ?? -1;
  const tolStep = stop.stepSize ?? -1;
  const tolLoss = stop.lossChange ?? -1;
  const patience = stop.patience ?? 0;
  const minDelta = stop.minDelta ?? 0;

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
  if (!startFinite) {
    status = { kind: 'diverged', step: 0, reason: Number.isFinite(f) ? 'gradient is not finite at the start' : 'loss is not finite at the start' };
  } else if (gn <= tolGrad) {
    status = { kind: 'converged', reason: 'grad-norm', step: 0 };
  } else {
    let best = f;
    let sinceBest = 0;
    for (let k = 0; k < steps; k++) {
      const lr = schedule ? lrAt(schedule, baseLr, k) : baseLr;
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
      if (gn <= tolGrad) {
        status = { kind: 'converged', reason: 'grad-norm', step: t };
        break;
      }
      if (Math.sqrt(step2) <= tolStep) {
        status = { kind: 'converged', reason: 'step-size', step: t };
        break;
      }
      if (Math.abs(f - fPrev) <= tolLoss) {
        status = { kind: 'converged', reason: 'loss-change', step: t };
        break;
      }
      if (patience > 0) {
        if (f < best - minDelta) {
          best = f;
          sinceBest = 0;
        } else if (++sinceBest >= patience) {
          status = { kind: 'converged', reason: 'patience', step: t };
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
