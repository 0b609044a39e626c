/**
 * Backtracking line search: gradient descent that checks the ground after a
 * step, as chapter 1's careful hiker does. Each iteration tries the step
 * `alpha0`; while the trial point fails the sufficient-decrease (Armijo)
 * condition
 *
 *   f(w - a g) <= f(w) - c a |g|^2,
 *
 * the step is shrunk, a <- shrink * a. With an L-smooth f every a <= 1/L
 * passes for any c <= 1/2, so the accepted step is never shorter than
 * shrink / L (or alpha0): the rate adapts without anyone knowing L
 * (Nocedal and Wright, Numerical Optimization, 2006, §3.1).
 *
 *   const r = runBacktracking({ objective, start: [1, 1], alpha0: 10, steps: 100 });
 *   r.alphas; // the step each iteration accepted
 *   r.evaluations; // function evaluations, trial points included
 */
import type { Objective } from './types';

export interface BacktrackOptions {
  /** The trial step each iteration starts from. */
  readonly alpha0: number;
  /** Factor a trial step is shrunk by when it fails (default 1/2). */
  readonly shrink?: number;
  /** Sufficient-decrease constant (default 1e-4, the textbook choice). */
  readonly c?: number;
  /** Give up on an iteration after this many shrinks (default 60). */
  readonly maxShrinks?: number;
}

export interface Backtrack {
  /** The accepted step (0 when no trial passed within maxShrinks, or the gradient is zero). */
  readonly alpha: number;
  /** Trial points evaluated, the accepted one included. */
  readonly trials: number;
  /** f at the accepted point (f(w) when none was accepted). */
  readonly f: number;
}

/** One backtracking search from w along -g, where f(w) = fw and g = grad f(w). */
export function backtrack(f: (x: ArrayLike<number>) => number, w: ArrayLike<number>, fw: number, g: ArrayLike<number>, opts: BacktrackOptions): Backtrack {
  const shrink = opts.shrink ?? 0.5;
  const c = opts.c ?? 1e-4;
  const maxShrinks = opts.maxShrinks ?? 60;
  if (!(opts.alpha0 > 0) || !(shrink > 0 && shrink < 1) || !(c > 0 && c < 1)) throw new RangeError('backtrack: needs alpha0 > 0, 0 < shrink < 1 and 0 < c < 1');
  let g2 = 0;
  for (let i = 0; i < g.length; i++) g2 += g[i]! * g[i]!;
  // A zero gradient leaves no direction to search: the point is stationary.
  if (g2 === 0) return { alpha: 0, trials: 0, f: fw };
  const trial = new Float64Array(w.length);
  let a = opts.alpha0;
  for (let k = 0; k <= maxShrinks; k++) {
    for (let i = 0; i < w.length; i++) trial[i] = w[i]! - a * g[i]!;
    const ft = f(trial);
    if (ft <= fw - c * a * g2) return { alpha: a, trials: k + 1, f: ft };
    a *= shrink;
  }
  return { alpha: 0, trials: maxShrinks + 1, f: fw };
}

export interface BacktrackingRunOptions extends BacktrackOptions {
  readonly objective: Pick<Objective, 'dim' | 'f' | 'grad'>;
  readonly start: ArrayLike<number>;
  readonly steps: number;
}

export interface BacktrackingRun {
  /** Points after 0, 1, ..., n accepted steps, flat, dim values each. */
  readonly positions: Float64Array;
  /** Loss after 0, 1, ..., n steps. */
  readonly loss: Float64Array;
  /** The step each iteration accepted. */
  readonly alphas: Float64Array;
  /** Function evaluations in all, trial points included (the start's counts one). */
  readonly evaluations: number;
}

/** Gradient descent with a backtracking search at every iteration; stops early if a search finds no decrease. */
export function runBacktracking(opts: BacktrackingRunOptions): BacktrackingRun {
  const { objective, steps } = opts;
  const d = objective.dim;
  const positions = new Float64Array((steps + 1) * d);
  const loss = new Float64Array(steps + 1);
  const alphas = new Float64Array(steps);
  const w = Float64Array.from(opts.start);
  const g = new Float64Array(d);
  positions.set(w, 0);
  loss[0] = objective.f(w);
  let evaluations = 1;
  let n = 0;
  for (; n < steps; n++) {
    objective.grad(w, g);
    const s = backtrack(objective.f, w, loss[n]!, g, opts);
    evaluations += s.trials;
    if (s.alpha === 0) break;
    for (let i = 0; i < d; i++) w[i] = w[i]! - s.alpha * g[i]!;
    alphas[n] = s.alpha;
    loss[n + 1] = s.f;
    positions.set(w, (n + 1) * d);
  }
  return { positions: positions.slice(0, (n + 1) * d), loss: loss.slice(0, n + 1), alphas: alphas.slice(0, n), evaluations };
}
