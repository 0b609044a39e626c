import type { Objective } from '../types';

/**
 * Beale's function f(x, y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2
 * (E. M. L. Beale, "On an iterative method for finding a local minimum of a
 * function of more than one variable", Princeton tech. report 25, 1958; the
 * form in Jamil & Yang, arXiv:1308.4008, no. 10). Global minimum f(3, 1/2) = 0
 * in a narrow curved valley; saddles at (0, 1) and near (0.1005, -2.6445).
 *
 *   beale.f([3, 0.5]); // 0
 */
export const beale: Objective = {
  id: 'beale',
  label: 'Beale',
  tex: 'f(x,y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2',
  dim: 2,
  f: (w) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    const t1 = 1.5 - x + x * y;
    const t2 = 2.25 - x + x * y * y;
    const t3 = 2.625 - x + x * y * y * y;
    return t1 * t1 + t2 * t2 + t3 * t3;
  },
  grad: (w, out) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    const y2 = y * y;
    const y3 = y2 * y;
    const t1 = 1.5 - x + x * y;
    const t2 = 2.25 - x + x * y2;
    const t3 = 2.625 - x + x * y3;
    out[0] = 2 * (t1 * (y - 1) + t2 * (y2 - 1) + t3 * (y3 - 1));
    out[1] = 2 * (t1 * x + t2 * 2 * x * y + t3 * 3 * x * y2);
    return out;
  },
  hessian: (w, out) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    const y2 = y * y;
    const y3 = y2 * y;
    const t1 = 1.5 - x + x * y;
    const t2 = 2.25 - x + x * y2;
    const t3 = 2.625 - x + x * y3;
    const ax1 = y - 1;
    const ax2 = y2 - 1;
    const ax3 = y3 - 1;
    const ay1 = x;
    const ay2 = 2 * x * y;
    const ay3 = 3 * x * y2;
    const hxy = 2 * (ax1 * ay1 + t1 + ax2 * ay2 + t2 * 2 * y + ax3 * ay3 + t3 * 3 * y2);
    out[0] = 2 * (ax1 * ax1 + ax2 * ax2 + ax3 * ax3);
    out[1] = hxy;
    out[2] = hxy;
    out[3] = 2 * (ay1 * ay1 + ay2 * ay2 + t2 * 2 * x + ay3 * ay3 + t3 * 6 * x * y);
    return out;
  },
  domain: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
  minima: [{ point: [3, 0.5], value: 0, kind: 'global-min' }],
  saddles: [
    { point: [0, 1], value: 14.203125, kind: 'saddle' },
    { point: [0.10053793732415837, -2.644513585023125], value: 9.86451228475556, kind: 'saddle' },
  ],
  start: [1, 1.5],
};
