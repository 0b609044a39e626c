/**
 * Momentum on paper: the heavy ball's convergence on a quadratic, and
 * Nesterov's look-ahead written out step by step for drawing. Pure; the update
 * rules themselves are the optimizers' (sgd.ts, momentum-ema.ts).
 *
 * On a quadratic with curvature lambda (one eigenvalue of the Hessian), the
 * heavy ball in PyTorch's form, b <- mu b + g, w <- w - lr b, gives
 *
 *   w_{t+1} = (1 + mu - lr lambda) w_t - mu w_{t-1},
 *
 * whose characteristic polynomial is z^2 - (1 + mu - lr lambda) z + mu. Both
 * roots lie inside the unit circle exactly when 0 <= mu < 1 and
 * 0 < lr lambda < 2 + 2 mu (Polyak 1964; Goh, "Why Momentum Really Works",
 * Distill 2017, whose z <- beta z + grad, w <- w - alpha z is the same form).
 * The moving-average form v <- beta v + (1 - beta) g, w <- w - alpha v is the
 * same method with lr = alpha (1 - beta), so there the condition reads
 * 0 < alpha (1 - beta) lambda < 2 + 2 beta.
 *
 *   heavyBallBound(0.9);        // 3.8: lr * lambda must stay below this
 *   heavyBallRate(1.75, 0.7);   // error shrink factor per step for that eigenvalue
 */
import { makeRng } from './rng';
import type { Objective, Point } from './types';

/** The largest stable lr * lambda for heavy-ball momentum `mu` (PyTorch form): 2 + 2 mu. */
export function heavyBallBound(momentum: number): number {
  return 2 + 2 * momentum;
}

/**
 * Asymptotic error factor per step of heavy-ball momentum on one eigen-direction:
 * the spectral radius max |z| over the roots of z^2 - (1 + mu - h) z + mu, with
 * h = lr * lambda. Below 1 the direction converges, above 1 it diverges. With
 * mu = 0 it is |1 - h|, plain gradient descent's factor.
 *
 *   heavyBallRate(1, 0);   // 0: one step lands on the minimum
 */
export function heavyBallRate(lrLambda: number, momentum: number): number {
  const b = 1 + momentum - lrLambda;
  const disc = b * b - 4 * momentum;
  if (disc < 0) return Math.sqrt(momentum);
  const s = Math.sqrt(disc);
  return Math.max(Math.abs((b + s) / 2), Math.abs((b - s) / 2));
}

/**
 * The slowest factor over a quadratic's curvatures (its Hessian eigenvalues):
 * how fast heavy-ball momentum with (lr, mu) converges on it overall.
 *
 *   quadraticMomentumRate(0.07, 0.7, [1, 25]);
 */
export function quadraticMomentumRate(lr: number, momentum: number, curvatures: readonly number[]): number {
  let worst = 0;
  for (const lambda of curvatures) worst = Math.max(worst, heavyBallRate(lr * lambda, momentum));
  return worst;
}

/**
 * The best heavy-ball setting for curvatures in [mu, L] (Polyak 1964):
 * lr = (2 / (sqrt L + sqrt mu))^2, momentum = ((sqrt k - 1) / (sqrt k + 1))^2
 * with k = L / mu; every direction then shrinks by (sqrt k - 1) / (sqrt k + 1).
 *
 *   optimalHeavyBall(1, 25); // { lr: 0.111, momentum: 0.444, rate: 0.667 }
 */
export function optimalHeavyBall(mu: number, L: number): { lr: number; momentum: number; rate: number } {
  const sk = Math.sqrt(L / mu);
  const lr = (2 / (Math.sqrt(L) + Math.sqrt(mu))) ** 2;
  return { lr, momentum: ((sk - 1) / (sk + 1)) ** 2, rate: (sk - 1) / (sk + 1) };
}

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
 * Momentum in Sutskever, Martens, Dahl & Hinton's (2013) variables, step by
 * step, for drawing:
 *
 *   v_{t+1} = mu v_t - lr grad f(w_t + mu v_t)     (Nesterov; classical: grad f(w_t))
 *   w_{t+1} = w_t + v_{t+1},  v_0 = 0
 *
 * Classical momentum here is torch.optim.SGD(momentum = mu) exactly (its
 * buffer is -v / lr). PyTorch's nesterov = True is the same method with the
 * look-ahead point w_t + mu v_t stored as the parameter: its iterates are this
 * function's `at` points (the tests check both). Stops early if a value stops
 * being finite.
 *
 *   momentumSteps({ objective, start: [-2.5, 0.6], lr: 0.05, momentum: 0.9, nesterov: true, steps: 30 });
 */
export function momentumSteps(options: {
  readonly objective: Pick<Objective, 'dim' | 'grad'>;
  readonly start: ArrayLike<number>;
  readonly lr: number;
  readonly momentum: number;
  readonly nesterov: boolean;
  readonly steps: number;
}): MomentumStep[] {
  const { objective, lr, momentum: mu, nesterov, steps } = options;
  const n = objective.dim;
  let w = Array.from(options.start);
  let v = new Array<number>(n).fill(0);
  const g = new Float64Array(n);
  const out: MomentumStep[] = [];
  for (let t = 0; t < steps; t++) {
    const at = nesterov ? w.map((wi, i) => wi + mu * v[i]!) : [...w];
    objective.grad(at, g);
    const grad = Array.from(g);
    const vNext = v.map((vi, i) => mu * vi - lr * grad[i]!);
    const wNext = w.map((wi, i) => wi + vNext[i]!);
    if (![...grad, ...wNext].every(Number.isFinite)) break;
    out.push({ w, v, at, grad, vNext, wNext });
    w = wNext;
    v = vNext;
  }
  return out;
}

/** Gradient noise for {@link noisyGradient}: seeded, so a link reproduces it. */
export interface GradientNoise {
  /** Standard deviation of the Gaussian noise added to each coordinate. */
  readonly sigma: number;
  /**
   * Per coordinate, the chance that this step's example touches that weight
   * (a sparse feature); otherwise the coordinate's gradient is 0 this step.
   * Default 1 for every coordinate.
   */
  readonly density?: readonly number[];
  readonly seed: number;
}

/**
 * A stochastic gradient oracle: the true gradient plus seeded Gaussian noise,
 * with each coordinate seen only with probability `density[i]` (a sparse
 * feature: most examples do not contain it, so most steps give its weight no
 * gradient). Deterministic for a given seed and call order.
 *
 *   const g = noisyGradient(quad, { sigma: 0.5, density: [1, 0.1], seed: 3 });
 *   g([1, 1], out);
 */
export function noisyGradient(objective: Pick<Objective, 'dim' | 'grad'>, noise: GradientNoise): (x: ArrayLike<number>, out: Float64Array) => Float64Array {
  const rng = makeRng(noise.seed);
  const n = objective.dim;
  return (x, out) => {
    objective.grad(x, out);
    for (let i = 0; i < n; i++) {
      const seen = rng.next() < (noise.density?.[i] ?? 1);
      const e = rng.normal();
      out[i] = seen ? out[i]! + noise.sigma * e : 0;
    }
    return out;
  };
}
