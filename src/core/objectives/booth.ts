import type { Objective } from '../types';

/**
 * Booth's function f(x, y) = (x + 2y - 7)^2 + (2x + y - 5)^2 (Jamil & Yang,
 * arXiv:1308.4008, no. 23): a convex quadratic with Hessian [[10, 8], [8, 10]]
 * (eigenvalues 18 and 2, so L = 18 and condition number 9) and minimum f(1, 3) = 0.
 *
 *   booth.f([1, 3]); // 0
 */
export const booth: Objective = {
  id: 'booth',
  label: 'Booth',
  tex: 'f(x,y) = (x + 2y - 7)^2 + (2x + y - 5)^2',
  dim: 2,
  f: (w) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    const a = x + 2 * y - 7;
    const b = 2 * x + y - 5;
    return a * a + b * b;
  },
  grad: (w, out) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    const a = x + 2 * y - 7;
    const b = 2 * x + y - 5;
    out[0] = 2 * a + 4 * b;
    out[1] = 4 * a + 2 * b;
    return out;
  },
  hessian: (_w, out) => {
    out[0] = 10;
    out[1] = 8;
    out[2] = 8;
    out[3] = 10;
    return out;
  },
  domain: { x: [-10, 10], y: [-10, 10] },
  minima: [{ point: [1, 3], value: 0, kind: 'global-min' }],
  start: [-8, -6],
  lipschitz: 18,
};
