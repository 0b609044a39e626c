/**
 * Gradient noise: the one helper that turns an exact gradient into a seeded
 * stochastic one, a stand-in for the noise of mini-batch gradients on a drawn
 * surface (smaller batches, larger sigma). Noise is an input to the runner,
 * never a runner of its own: wrap the objective and hand it to `run` (or pass
 * the wrapper's `grad` as `traceOptimizer`'s `gradient`).
 *
 *   run({ objective: withGradientNoise(dippedSlope, 1.5, 7), optimizer: { id: 'gd', params: { lr: 0.05 } }, start: dippedSlope.start, steps: 300 });
 *   const sparse = withGradientNoise(bowl, 0.5, 3, { density: [1, 0.1] }).grad; // a sparse feature
 */
import { makeRng } from './rng';
import type { Objective, Vec } from './types';

export interface GradientNoiseOptions {
  /**
   * Per coordinate, the chance that this step's example touches that weight (a
   * sparse feature); otherwise the coordinate's gradient is 0 this step. When
   * given, every call draws one uniform and one normal number per coordinate,
   * in that order (the uniform decides, the normal is the noise), whatever the
   * density; a missing entry counts as 1.
   */
  readonly density?: readonly number[];
}

/**
 * The objective with Gaussian noise of standard deviation `sigma` added to
 * every gradient component, from a generator seeded with `seed`, and, with
 * `density`, each coordinate seen only with probability `density[i]`. Values
 * `f` (and every other field) are the objective's own. The noise stream
 * restarts from `seed` on `reset()`, and a new wrapper is a new stream, so a run
 * with the same seed is reproducible. Without `density`, sigma = 0 draws
 * nothing and gives the exact gradient.
 *
 *   const noisy = withGradientNoise(quadratic, 0.5, 3); noisy.reset(); run({ objective: noisy, ... });
 */
export function withGradientNoise<O extends Pick<Objective, 'dim' | 'grad'>>(
  objective: O,
  sigma: number,
  seed: number | string,
  options: GradientNoiseOptions = {},
): O & { reset(): void } {
  if (!(sigma >= 0 && Number.isFinite(sigma))) throw new RangeError(`withGradientNoise: invalid sigma = ${String(sigma)}; expected a finite number >= 0`);
  const { density } = options;
  const n = objective.dim;
  let rng = makeRng(seed);
  const grad = density
    ? (w: ArrayLike<number>, out: Vec) => {
        objective.grad(w, out);
        for (let i = 0; i < n; i++) {
          const seen = rng.next() < (density[i] ?? 1);
          const e = rng.normal();
          out[i] = seen ? out[i]! + sigma * e : 0;
        }
        return out;
      }
    : (w: ArrayLike<number>, out: Vec) => {
        objective.grad(w, out);
        if (sigma > 0) for (let i = 0; i < n; i++) out[i] = out[i]! + sigma * rng.normal();
        return out;
      };
  return {
    ...objective,
    grad,
    reset: () => {
      rng = makeRng(seed);
    },
  };
}
