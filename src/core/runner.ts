/**
 * The trajectory runner every widget uses: `run` checks its inputs and hands
 * them to the one step loop (trajectory.ts) with the stopping rules and the
 * learning-rate schedule; the loop records every point and stops before
 * anything non-finite. Noise, mini-batches, coordinate descent, momentum
 * drawn in velocity variables and optimizer traces are inputs to that loop or
 * thin wrappers over it (see trajectory.ts), never loops of their own.
 *
 *   const tr = run({ objective, optimizer: { id: 'adam', params: { lr: 0.05 } }, start: [-1.2, 1], steps: 500 });
 *   tr.status;    // { kind: 'converged', reason: 'grad-norm', step: 312 } | { kind: 'diverged', ... } | { kind: 'max-steps' }
 *   tr.positions; // Float64Array, (tr.length + 1) * dim: x_0, x_1, ..., x_length
 */
import { lrAt, validateSchedule, type Schedule } from './schedules';
import { DEFAULT_BOUND, optimizerOf, stepTrajectory, type ConvergedReason, type OptimizerSpec, type StepLoopOptions, type Trajectory } from './trajectory';
import type { Objective } from './types';

export { DEFAULT_BOUND, optimizerOf, type ConvergedReason, type OptimizerSpec, type RunStatus, type Trajectory } from './trajectory';

/** What the runner needs from an objective (a full Objective record fits). */
export type RunObjective = Pick<Objective, 'dim' | 'f' | 'grad'>;

/**
 * When to stop early. Tolerances are absolute and off unless given.
 *
 * - `gradNorm`: converged when ||grad f(x_t)|| <= gradNorm.
 * - `stepSize`: converged when ||x_t - x_{t-1}|| <= stepSize.
 * - `lossChange`: converged when |f(x_t) - f(x_{t-1})| <= lossChange.
 * - `patience`: converged when the best loss has not improved by more than
 *   `minDelta` (default 0) for `patience` consecutive steps (early stopping).
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

export interface RunOptions {
  readonly objective: RunObjective;
  readonly optimizer: OptimizerSpec;
  readonly start: ArrayLike<number>;
  /** Maximum number of optimizer steps. */
  readonly steps: number;
  /** Learning-rate schedule applied to the optimizer's lr (default constant). */
  readonly schedule?: Schedule;
  readonly stop?: StopCriteria;
  /** Called at every kept point (see `StepLoopOptions.observe` in trajectory.ts). */
  readonly observe?: StepLoopOptions['observe'];
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

  const tolGrad = stop.gradNorm ?? -1;
  const tolStep = stop.stepSize ?? -1;
  const tolLoss = stop.lossChange ?? -1;
  const patience = stop.patience ?? 0;
  const minDelta = stop.minDelta ?? 0;
  const any = stop.gradNorm !== undefined || stop.stepSize !== undefined || stop.lossChange !== undefined || patience > 0;
  let best = Infinity;
  let sinceBest = 0;
  const converged = (t: number, f: number, fPrev: number, gn: number, step: number): ConvergedReason | null => {
    if (gn <= tolGrad) return 'grad-norm';
    if (t === 0) {
      best = f;
      return null;
    }
    if (step <= tolStep) return 'step-size';
    if (Math.abs(f - fPrev) <= tolLoss) return 'loss-change';
    if (patience > 0) {
      if (f < best - minDelta) {
        best = f;
        sinceBest = 0;
      } else if (++sinceBest >= patience) return 'patience';
    }
    return null;
  };
  const loop: StepLoopOptions = {
    bound: stop.bound ?? DEFAULT_BOUND,
    ...(schedule ? { lrAt: (k: number, baseLr: number) => lrAt(schedule, baseLr, k) } : {}),
    ...(any ? { converged } : {}),
    ...(observe ? { observe } : {}),
  };
  return stepTrajectory(objective, optimizerOf(options.optimizer), start, steps, loop);
}

/** A number for prose: three significant digits, no trailing zeros. */
function fmt(v: number): string {
  return String(Number(v.toPrecision(3)));
}

export type QuadraticRegime = 'stuck' | 'monotone' | 'oscillating' | 'boundary' | 'diverging';

/**
 * Why gradient descent with step lr behaves as it does on a quadratic whose
 * largest curvature is L (the Lipschitz constant of the gradient). Along that
 * direction the error is multiplied by |1 - lr L| each step (Nocedal & Wright,
 * Numerical Optimization, sec. 3.3; Goh, Distill 2017): it shrinks steadily for
 * lr < 1/L, zig-zags but shrinks for 1/L < lr < 2/L, and grows for lr > 2/L.
 *
 *   explainQuadraticStep(0.3, 10).text;
 *   // 'the step overshoots because lr = 0.3 is above 2/L = 0.2 here: ...'
 */
export function explainQuadraticStep(lr: number, lipschitz: number): { regime: QuadraticRegime; factor: number; text: string } {
  if (!(lr >= 0 && Number.isFinite(lr))) throw new Error(`explainQuadraticStep: invalid lr = ${String(lr)}`);
  if (!(lipschitz > 0 && Number.isFinite(lipschitz))) {
    throw new Error(`explainQuadraticStep: invalid lipschitz = ${String(lipschitz)}; expected a finite number > 0`);
  }
  const factor = Math.abs(1 - lr * lipschitz);
  const crit = 2 / lipschitz;
  const half = 1 / lipschitz;
  const l = fmt(lr);
  if (lr === 0) return { regime: 'stuck', factor, text: 'lr = 0: the point never moves' };
  if (Math.abs(lr - crit) <= 1e-12 * crit) {
    return { regime: 'boundary', factor, text: `lr = ${l} is exactly 2/L: the step overshoots by as much as it started, bouncing between two points forever` };
  }
  if (lr > crit) {
    return {
      regime: 'diverging',
      factor,
      text: `the step overshoots because lr = ${l} is above 2/L = ${fmt(crit)} here: each step lands ${fmt(factor)} times farther from the minimum along the steepest direction, so it diverges`,
    };
  }
  if (lr > half) {
    return {
      regime: 'oscillating',
      factor,
      text: `lr = ${l} is between 1/L = ${fmt(half)} and 2/L = ${fmt(crit)}: each step overshoots the valley floor and zig-zags, but the error shrinks by a factor ${fmt(factor)} per step, so it converges`,
    };
  }
  return {
    regime: 'monotone',
    factor,
    text: `lr = ${l} is below 1/L = ${fmt(half)}: every step stops short of the valley floor and the error shrinks by a factor ${fmt(factor)} per step`,
  };
}
