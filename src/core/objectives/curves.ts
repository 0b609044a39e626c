import type { Objective } from '../types';

/*
 * One-dimensional curves for chapter 1. They are Objectives with dim 1: the
 * parameter is x[0], and `domain.y` is the range of f values to plot.
 */

/**
 * The parabola f(x) = x^2: f' = 2x, f'' = 2, so gradient descent with step lr
 * multiplies x by (1 - 2 lr) each step: converges iff 0 < lr < 1.
 *
 *   parabola.f([3]); // 9
 */
export const parabola: Objective = {
  id: 'parabola',
  label: 'Parabola',
  tex: 'f(x) = x^2',
  dim: 1,
  f: (w) => {
    const x = w[0] ?? 0;
    return x * x;
  },
  grad: (w, out) => {
    out[0] = 2 * (w[0] ?? 0);
    return out;
  },
  hessian: (_w, out) => {
    out[0] = 2;
    return out;
  },
  domain: { x: [-3, 3], y: [-0.5, 9] },
  minima: [{ point: [0], value: 0, kind: 'global-min' }],
  start: [2.5],
  lipschitz: 2,
};

/**
 * An asymmetric quartic f(x) = x^4 - 3x^2 + x with a global minimum near
 * x = -1.30, a worse local minimum near x = 1.13 and a local maximum between them
 * near x = 0.17 (roots of 4x^3 - 6x + 1, Newton-refined).
 *
 *   quartic.f([2]); // 6
 */
export const quartic: Objective = {
  id: 'quartic',
  label: 'Two valleys',
  tex: 'f(x) = x^4 - 3x^2 + x',
  dim: 1,
  f: (w) => {
    const x = w[0] ?? 0;
    const x2 = x * x;
    return x2 * x2 - 3 * x2 + x;
  },
  grad: (w, out) => {
    const x = w[0] ?? 0;
    out[0] = 4 * x * x * x - 6 * x + 1;
    return out;
  },
  hessian: (w, out) => {
    const x = w[0] ?? 0;
    out[0] = 12 * x * x - 6;
    return out;
  },
  domain: { x: [-2, 2], y: [-4, 6] },
  minima: [
    { point: [-1.300839565941577], value: -3.513905038934789, kind: 'global-min' },
    { point: [1.1309011226299859], value: -1.0702301817761541, kind: 'local-min' },
  ],
  maxima: [
    { point: [0.16993844331159128], value: 0.08413522071094306, kind: 'max' },
  ],
  start: [1.9],
};

/**
 * A hiking trail f(x) = 0.15 x^2 + sin(2x): start high on the right, walk
 * down into a dip (a local minimum near x = 2.19) that hides the lowest valley
 * near x = -0.73 behind a hill; another high dip sits on the far left. Critical points solve
 * 0.3x + 2 cos(2x) = 0 (Newton-refined).
 *
 *   hiking.f([4.5]);
 */
export const hiking: Objective = {
  id: 'hiking',
  label: 'Hiking trail',
  tex: 'f(x) = 0.15\\,x^2 + \\sin(2x)',
  dim: 1,
  f: (w) => {
    const x = w[0] ?? 0;
    return 0.15 * x * x + Math.sin(2 * x);
  },
  grad: (w, out) => {
    const x = w[0] ?? 0;
    out[0] = 0.3 * x + 2 * Math.cos(2 * x);
    return out;
  },
  hessian: (w, out) => {
    const x = w[0] ?? 0;
    out[0] = 0.3 - 4 * Math.sin(2 * x);
    return out;
  },
  domain: { x: [-4.5, 4.5], y: [-1.5, 4.5] },
  minima: [
    { point: [-0.7305004005400638], value: -0.9139338987392392, kind: 'global-min' },
    { point: [2.1889225446654974], value: -0.22585287996998815, kind: 'local-min' },
    { point: [-3.6383475919378787], value: 1.1476893211572734, kind: 'local-min' },
  ],
  maxima: [
    { point: [0.8492667132850679], value: 1.100040796385951, kind: 'max' },
    { point: [-2.5526607629893454], value: 1.9012017102049152, kind: 'max' },
    { point: [4.27505974675758], value: 3.5087449118104175, kind: 'max' },
  ],
  start: [4],
};
