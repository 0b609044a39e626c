import type { Objective } from '../types';

/**
 * Himmelblau's function f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2
 * (D. M. Himmelblau, Applied Nonlinear Programming, McGraw-Hill 1972): four
 * global minima of value 0, one local maximum and four saddles. The critical
 * points other than (3, 2) were refined by Newton's method to machine precision.
 *
 *   himmelblau.f([3, 2]); // 0
 */
export const himmelblau: Objective = {
  id: 'himmelblau',
  label: 'Himmelblau',
  tex: 'f(x,y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2',
  dim: 2,
  f: (w) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    return a * a + b * b;
  },
  grad: (w, out) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    out[0] = 4 * x * a + 2 * b;
    out[1] = 2 * a + 4 * y * b;
    return out;
  },
  hessian: (w, out) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    out[0] = 4 * a + 8 * x * x + 2;
    out[1] = 4 * (x + y);
    out[2] = out[1];
    out[3] = 2 + 4 * b + 8 * y * y;
    return out;
  },
  domain: { x: [-5, 5], y: [-5, 5] },
  minima: [
    { point: [3, 2], value: 0, kind: 'global-min' },
    { point: [-2.805118086952745, 3.131312518250573], value: 0, kind: 'global-min' },
    { point: [-3.779310253377747, -3.2831859912861696], value: 0, kind: 'global-min' },
    { point: [3.5844283403304917, -1.8481265269644034], value: 0, kind: 'global-min' },
  ],
  saddles: [
    { point: [3.385154183607021, 0.0738518798377493], value: 13.311926270405587, kind: 'saddle' },
    { point: [0.08667750455539634, 2.884254701174776], value: 67.71915008752613, kind: 'saddle' },
    { point: [-3.0730257507643897, -0.08135304428796751], value: 104.01516291755811, kind: 'saddle' },
    { point: [-0.12796134673068005, -1.9537149802445766], value: 178.33723920192745, kind: 'saddle' },
  ],
  maxima: [{ point: [-0.27084459066734756, -0.9230385564799816], value: 181.6165215225827, kind: 'max' }],
  start: [-0.3, -0.9],
};
