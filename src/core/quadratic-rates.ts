/**
 * Convergence rates on a quadratic, worked out on paper: gradient descent's,
 * |1 - lr L| (read out in words by `explainQuadraticStep`, below), and the
 * heavy ball's rate and its best setting. Pure;
 * the update rules themselves are the optimizers' (sgd.ts, momentum-ema.ts).
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

/**
 * The loss gradient descent hovers at on a quadratic bowl when every gradient
 * component carries independent noise of standard deviation sigma: the
 * stationary mean of f = 1/2 sum lambda_i c_i^2 under
 * c <- (1 - lr lambda_i) c - lr xi, which is
 *
 *   sum_i lr sigma^2 / (2 (2 - lr lambda_i))   (finite for 0 < lr < 2 / lambda_i),
 *
 * about lr sigma^2 / 4 per direction for small lr: in proportion to lr, which
 * is why a noisy run needs its rate to decay. Infinity where some direction diverges.
 *
 *   noiseFloor(0.3, 0.8, [0.5, 2]); // 0.12
 */
export function noiseFloor(lr: number, sigma: number, curvatures: readonly number[]): number {
  let sum = 0;
  for (const l of curvatures) {
    const q = lr * l;
    if (!(q > 0 && q < 2)) return Infinity;
    sum += (lr * sigma * sigma) / (2 * (2 - q));
  }
  return sum;
}
