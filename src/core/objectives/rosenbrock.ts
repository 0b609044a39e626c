import type { Objective } from '../types';

/**
 * Rosenbrock's banana valley f(x, y) = (1 - x)^2 + 100 (y - x^2)^2
 * (H. H. Rosenbrock, "An automatic method for finding the greatest or least
 * value of a function", The Computer Journal 3(3), 1960). One global minimum
 * f(1, 1) = 0 at the end of a curved, flat-bottomed valley.
 *
 *   rosenbrock.f([1, 1]); // 0
 */
export const rosenbrock: Objective = {
  id: 'rosenbrock',
  label: 'Rosenbrock',
  tex: 'f(x,y) = (1 - x)^2 + 100\\,(y - x^2)^2',
  dim: 2,
  f: (w) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    const r = y - x * x;
    return (1 - x) * (1 - x) + 100 * r * r;
  },
  grad: (w, out) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    const r = y - x * x;
    out[0] = -2 * (1 - x) - 400 * x * r;
    out[1] = 200 * r;
    return out;
  },
  hessian: (w, out) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    out[0] = 2 - 400 * y + 1200 * x * x;
    out[1] = -400 * x;
    out[2] = -400 * x;
    out[3] = 200;
    return out;
  },
  domain: { x: [-2, 2], y: [-1, 3] },
  minima: [{ point: [1, 1], value: 0, kind: 'global-min' }],
  start: [-1.2, 1],
};
