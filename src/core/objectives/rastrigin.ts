import type { Objective } from '../types';

const TWO_PI = 2 * Math.PI;

/**
 * Rastrigin's function in two dimensions, f(x, y) = 20 + sum_i (x_i^2 - 10 cos(2 pi x_i))
 * (L. A. Rastrigin, Systems of Extremal Control, 1974; Muehlenbein et al. 1991):
 * a bowl covered in a lattice of local minima near the integer points, global
 * minimum f(0, 0) = 0. Its Hessian is bounded, so the gradient is L-Lipschitz
 * with L = 2 + 40 pi^2. Listed: the global minimum, the four nearest local
 * minima and the saddles between them (Newton-refined).
 *
 *   rastrigin.f([0, 0]); // 0
 */
export const rastrigin: Objective = {
  id: 'rastrigin',
  label: 'Rastrigin',
  tex: 'f(x,y) = 20 + x^2 - 10\\cos(2\\pi x) + y^2 - 10\\cos(2\\pi y)',
  dim: 2,
  f: (w) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    return 20 + x * x - 10 * Math.cos(TWO_PI * x) + y * y - 10 * Math.cos(TWO_PI * y);
  },
  grad: (w, out) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    out[0] = 2 * x + 10 * TWO_PI * Math.sin(TWO_PI * x);
    out[1] = 2 * y + 10 * TWO_PI * Math.sin(TWO_PI * y);
    return out;
  },
  hessian: (w, out) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    out[0] = 2 + 10 * TWO_PI * TWO_PI * Math.cos(TWO_PI * x);
    out[1] = 0;
    out[2] = 0;
    out[3] = 2 + 10 * TWO_PI * TWO_PI * Math.cos(TWO_PI * y);
    return out;
  },
  domain: { x: [-5.12, 5.12], y: [-5.12, 5.12] },
  minima: [
    { point: [0, 0], value: 0, kind: 'global-min' },
    { point: [0.9949586376523348, 0], value: 0.9949590570932916, kind: 'local-min' },
    { point: [-0.9949586376523348, 0], value: 0.9949590570932916, kind: 'local-min' },
    { point: [0, 0.9949586376523348], value: 0.9949590570932916, kind: 'local-min' },
    { point: [0, -0.9949586376523348], value: 0.9949590570932916, kind: 'local-min' },
  ],
  saddles: [
    { point: [0.5025460365546747, 0], value: 20.251272990990113, kind: 'saddle' },
    { point: [-0.5025460365546747, 0], value: 20.251272990990113, kind: 'saddle' },
    { point: [0, 0.5025460365546747], value: 20.251272990990113, kind: 'saddle' },
    { point: [0, -0.5025460365546747], value: 20.251272990990113, kind: 'saddle' },
  ],
  start: [2.7, 2.2],
  lipschitz: 2 + 40 * Math.PI * Math.PI,
};
