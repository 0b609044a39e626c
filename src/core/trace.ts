/**
 * A run that keeps the optimizer's internals at every step (Adam's m, v, m-hat,
 * v-hat; Adagrad's sum of squares; RMSprop's average), for figures that show
 * them. A thin loop over the same optimizer objects `run` (runner.ts) steps
 * (no update rule of its own; a property test ties it to `run`), kept apart
 * from the runner so the figures that only trace do not load the runner's
 * stopping rules and schedules (1.7 KB). It copies the state each step, which
 * is fine for the few hundred steps a figure shows.
 *
 *   const tr = traceOptimizer({ objective, optimizer: { id: 'adam', params: { lr: 0.1 } }, start: [1, 1], steps: 50 });
 *   tr.states[1].mHat;      // after the first step
 *   tr.grads[0];            // the gradient that step used
 */
import { makeOptimizer, type OptimizerState } from './optimizers';
import type { OptimizerSpec } from './runner';
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
  const { objective, steps } = options;
  const spec = options.optimizer;
  const opt = 'step' in spec ? spec : makeOptimizer(spec.id, spec.params ?? {});
  opt.reset();
  const grad = options.gradient ?? ((x: ArrayLike<number>, out: Vec) => objective.grad(x, out));
  const bound = options.bound ?? 1e6;
  const x = Float64Array.from(options.start);
  const g = new Float64Array(objective.dim);
  const positions: Point[] = [Array.from(x)];
  const loss: number[] = [objective.f(x)];
  const grads: Point[] = [];
  const states: OptimizerState[] = [opt.state()];
  let stopped: string | null = null;
  for (let k = 0; k < steps; k++) {
    grad(x, g);
    if (!g.every(Number.isFinite)) {
      stopped = `the gradient stopped being finite at step ${k}`;
      break;
    }
    const used = Array.from(g);
    opt.step(x, g);
    if (!x.every((v) => Number.isFinite(v) && Math.abs(v) <= bound)) {
      stopped = `step ${k + 1} left the region |x| <= ${bound}`;
      break;
    }
    grads.push(used);
    positions.push(Array.from(x));
    loss.push(objective.f(x));
    states.push(opt.state());
  }
  return { positions, loss, grads, states, length: grads.length, stopped };
}
