import type { Objective } from '../types';

/**
 * The horse saddle f(x, y) = x^2 - y^2: a critical point at the origin that is
 * a minimum along x and a maximum along y (Hessian diag(2, -2)). Gradient descent
 * started exactly on the x axis converges to the saddle; any offset in y grows
 * by a factor (1 + 2 lr) per step and escapes. Unbounded below, so no minima.
 *
 *   saddle.grad([1, 1], new Float64Array(2)); // [2, -2]
 */
export const saddle: Objective = {
  id: 'saddle',
  label: 'Saddle',
  tex: 'f(x,y) = x^2 - y^2',
  dim: 2,
  f: (w) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    return x * x - y * y;
  },
  grad: (w, out) => {
    out[0] = 2 * (w[0] ?? 0);
    out[1] = -2 * (w[1] ?? 0);
    return out;
  },
  hessian: (_w, out) => {
    out[0] = 2;
    out[1] = 0;
    out[2] = 0;
    out[3] = -2;
    return out;
  },
  domain: { x: [-2, 2], y: [-2, 2] },
  minima: [],
  saddles: [{ point: [0, 0], value: 0, kind: 'saddle' }],
  start: [-1.8, 0.02],
  lipschitz: 2,
};
