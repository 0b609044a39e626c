import type { Objective } from '../types';

/** Tilt of the double well: the term c x makes the right-hand well shallower. */
const C = 0.3;

/**
 * A tilted double well f(x, y) = (x^2 - 1)^2 + 0.3 x + y^2: a global minimum
 * near (-1.04, 0), a worse local minimum near (0.96, 0) (higher by about 0.6) and
 * a saddle between them near (0.075, 0). Gradient descent started near (1.6, 0)
 * slides into the worse right-hand well (CURRICULUM section 6); at (1, 0) the
 * negative gradient is (-0.3, 0), pointing at that local minimum. The critical
 * points solve 4x(x^2 - 1) + 0.3 = 0, y = 0, refined by Newton's method.
 *
 *   twoWell.f([1.6, 0]);
 */
export const twoWell: Objective = {
  id: 'two-well',
  label: 'Two wells',
  tex: 'f(x,y) = (x^2 - 1)^2 + 0.3\\,x + y^2',
  dim: 2,
  f: (w) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    const q = x * x - 1;
    return q * q + C * x + y * y;
  },
  grad: (w, out) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    out[0] = 4 * x * (x * x - 1) + C;
    out[1] = 2 * y;
    return out;
  },
  hessian: (w, out) => {
    const x = w[0] ?? 0;
    out[0] = 12 * x * x - 4;
    out[1] = 0;
    out[2] = 0;
    out[3] = 2;
    return out;
  },
  domain: { x: [-2, 2], y: [-1.5, 1.5] },
  minima: [
    { point: [-1.0355787140888537, 0], value: -0.305428483743916, kind: 'global-min' },
    { point: [0.9601495555191055, 0], value: 0.29414648102826285, kind: 'local-min' },
  ],
  saddles: [
    { point: [0.07542915856974822, 0], value: 1.011282002715653, kind: 'saddle' },
  ],
  start: [1.6, 0.5],
};
