/**
 * Momentum in Sutskever, Martens, Dahl & Hinton's (2013) variables, step by
 * step, for drawing:
 *
 *   v_{t+1} = mu v_t - lr grad f(w_t + mu v_t)     (Nesterov; classical: grad f(w_t))
 *   w_{t+1} = w_t + v_{t+1},  v_0 = 0
 *
 * This is a change of variables over torch.optim.SGD(momentum = mu), not a
 * second copy of its rule: the runner (runner.ts) steps the SGD optimizer, and
 * each drawn step is read off its iterates and its momentum buffer b_t. With
 * v_t = -lr b_t (the buffer is a sum of gradients, the velocity a
 * displacement), classical momentum's iterates are the w_t themselves, and
 * PyTorch's nesterov = True stores the look-ahead point w_t + mu v_t as the
 * parameter: its iterates are the `at` points, so w_t = p_t - mu v_t
 * (Sutskever et al., sec. 3; the tests check both against run()).
 *
 *   momentumSteps({ objective, start: [-2.5, 0.6], lr: 0.05, momentum: 0.9, nesterov: true, steps: 30 });
 */
import { makeOptimizer } from './optimizers';
import { run } from './runner';
import type { Objective, Point } from './types';

/** One step of classical or Nesterov momentum, as drawn: everything in Sutskever et al.'s variables. */
export interface MomentumStep {
  /** Position w_t before the step. */
  readonly w: Point;
  /** Velocity v_t before the step (a displacement; v_0 = 0). */
  readonly v: Point;
  /** Where the gradient is taken: w_t + mu v_t (Nesterov) or w_t (classical). */
  readonly at: Point;
  /** The gradient there. */
  readonly grad: Point;
  /** The new velocity v_{t+1} = mu v_t - lr grad. */
  readonly vNext: Point;
  /** The new position w_{t+1} = w_t + v_{t+1}. */
  readonly wNext: Point;
}

/**
 * `steps` steps of classical or Nesterov momentum from `start`, as
 * {@link MomentumStep}s. Stops early, as the runner does, before a point or
 * gradient stops being finite. With momentum = 0 both are gradient descent.
 */
export function momentumSteps(options: {
  readonly objective: Pick<Objective, 'dim' | 'grad'>;
  readonly start: ArrayLike<number>;
  readonly lr: number;
  readonly momentum: number;
  readonly nesterov: boolean;
  readonly steps: number;
}): MomentumStep[] {
  const { objective, lr, momentum: mu, steps } = options;
  const nesterov = options.nesterov && mu > 0;
  const n = objective.dim;
  const at: Point[] = [];
  const grads: Point[] = [];
  const vel: Point[] = [];
  run({
    objective: { dim: n, f: () => 0, grad: objective.grad },
    optimizer: makeOptimizer('sgd', { lr, momentum: mu, nesterov }),
    start: options.start,
    steps,
    stop: { bound: Infinity },
    observe: (t, x, g, opt) => {
      at.push(Array.from(x));
      grads.push(Array.from(g));
      // v_t = -lr b_t; with momentum = 0 the buffer is the gradient itself, the step taken.
      const s = t === 0 ? null : opt.state();
      vel.push(s === null ? new Array<number>(n).fill(0) : s.velocity ? s.velocity.map((b) => -lr * b) : [...s.effectiveStep]);
    },
  });
  const w = (t: number): Point => (nesterov ? at[t]!.map((p, i) => p - mu * vel[t]![i]!) : at[t]!);
  const out: MomentumStep[] = [];
  for (let t = 0; t + 1 < at.length; t++) {
    out.push({ w: w(t), v: vel[t]!, at: at[t]!, grad: grads[t]!, vNext: vel[t + 1]!, wNext: w(t + 1) });
  }
  return out;
}
