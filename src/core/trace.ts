/**
 * A run that keeps the optimizer's internals at every step (Adam's m, v, m-hat,
 * v-hat; Adagrad's sum of squares; RMSprop's average), for figures that show
 * them: the runner (runner.ts) with an `observe` callback that copies the
 * state and the gradient at each point, which is fine for the few hundred
 * steps a figure shows.
 *
 *   const tr = traceOptimizer({ objective, optimizer: { id: 'adam', params: { lr: 0.1 } }, start: [1, 1], steps: 50 });
 *   tr.states[1].mHat;      // after the first step
 *   tr.grads[0];            // the gradient that step used
 */
import type { OptimizerState } from './optimizers';
import { run, type OptimizerSpec } from './runner';
import type { Objective, Point, Vec } from './types';

export interface OptimizerTrace {
  /** x_0 ... x_length. */
  readonly positions: Point[];
  /** f(x_0) ... f(x_length) (the true loss, even when the gradients are noisy). */
  readonly loss: number[];
  /** The gradient used by step k (moving x_k to x_{k+1}), k < length. */
  readonly grads: Point[];
  /** The optimizer's state after step k, k = 0 ... length (k = 0: before any step). */
  readonly states: OptimizerState[];
  /** Steps taken: fewer than asked when a value stopped being finite or left `bound`. */
  readonly length: number;
  /** Why it stopped early, in words; null when it took every step. */
  readonly stopped: string | null;
}

/**
 * Step an optimizer `steps` times from `start` and record everything. The
 * gradient comes from `gradient` when given (a noisy oracle, say: see
 * noise.ts), else from the objective. Stops before any non-finite position or
 * one with some |x_i| > bound (default 1e6), and before a gradient that is not
 * finite.
 */
export function traceOptimizer(options: {
  readonly objective: Pick<Objective, 'dim' | 'f' | 'grad'>;
  readonly optimizer: OptimizerSpec;
  readonly start: ArrayLike<number>;
  readonly steps: number;
  readonly gradient?: (x: ArrayLike<number>, out: Vec) => Vec;
  readonly bound?: number;
}): OptimizerTrace {
  const { objective } = options;
  const bound = options.bound ?? 1e6;
  const positions: Point[] = [];
  const grads: Point[] = [];
  const states: OptimizerState[] = [];
  const tr = run({
    objective: options.gradient ? { dim: objective.dim, f: objective.f, grad: options.gradient } : objective,
    optimizer: options.optimizer,
    start: options.start,
    steps: options.steps,
    stop: { bound },
    observe: (_t, x, g, opt) => {
      positions.push(Array.from(x));
      grads.push(Array.from(g));
      states.push(opt.state());
    },
  });
  // grads[k] is the gradient step k used: the one at x_k, so none at the last point.
  grads.length = tr.length;
  const s = tr.status;
  let stopped: string | null = null;
  if (s.kind === 'diverged') {
    stopped = /gradient/.test(s.reason) ? `the gradient stopped being finite at step ${s.step}` : `step ${s.step} left the region |x| <= ${bound}`;
  }
  return { positions, loss: Array.from(tr.loss), grads, states, length: tr.length, stopped };
}
