import type { Objective } from '../types';

/**
 * Matyas' function f(x, y) = 0.26 (x^2 + y^2) - 0.48 xy (Jamil & Yang,
 * arXiv:1308.4008, no. 71): a convex quadratic whose Hessian [[0.52, -0.48],
 * [-0.48, 0.52]] has eigenvalues 1 and 0.04 (condition number 25), a long flat
 * diagonal valley with minimum f(0, 0) = 0.
 *
 *   matyas.lipschitz; // 1
 */
export const matyas: Objective = {
  id: 'matyas',
  label: 'Matyas',
  tex: 'f(x,y) = 0.26\\,(x^2 + y^2) - 0.48\\,xy',
  dim: 2,
  f: (w) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    return 0.26 * (x * x + y * y) - 0.48 * x * y;
  },
  grad: (w, out) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    out[0] = 0.52 * x - 0.48 * y;
    out[1] = 0.52 * y - 0.48 * x;
    return out;
  },
  hessian: (_w, out) => {
    out[0] = 0.52;
    out[1] = -0.48;
    out[2] = -0.48;
    out[3] = 0.52;
    return out;
  },
  domain: { x: [-10, 10], y: [-10, 10] },
  minima: [{ point: [0, 0], value: 0, kind: 'global-min' }],
  start: [-7, 9],
  lipschitz: 1,
};
