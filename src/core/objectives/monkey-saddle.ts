import type { Objective } from '../types';

/**
 * The monkey saddle f(x, y) = x^3 - 3xy^2 = Re (x + iy)^3: three valleys and
 * three ridges meet at the origin, a degenerate critical point (the Hessian
 * vanishes there, so the second-derivative test says nothing). Unbounded below.
 *
 *   monkeySaddle.f([1, 0]); // 1
 */
export const monkeySaddle: Objective = {
  id: 'monkey-saddle',
  label: 'Monkey saddle',
  tex: 'f(x,y) = x^3 - 3xy^2',
  dim: 2,
  f: (w) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    return x * x * x - 3 * x * y * y;
  },
  grad: (w, out) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    out[0] = 3 * x * x - 3 * y * y;
    out[1] = -6 * x * y;
    return out;
  },
  hessian: (w, out) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    out[0] = 6 * x;
    out[1] = -6 * y;
    out[2] = -6 * y;
    out[3] = -6 * x;
    return out;
  },
  domain: { x: [-1.5, 1.5], y: [-1.5, 1.5] },
  minima: [],
  saddles: [{ point: [0, 0], value: 0, kind: 'saddle' }],
  start: [1.2, 0.3],
};
