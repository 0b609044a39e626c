/**
 * A slope with a small, sharp dip on the way down: a poor local minimum that
 * momentum or gradient noise (noise.ts) carries a run out of.
 *
 *   run({ objective: withGradientNoise(dippedSlope, 1.5, 7), optimizer: { id: 'gd', params: { lr: 0.05 } }, start: dippedSlope.start, steps: 300 });
 */
import type { Objective, Vec } from '../types';

/** Depth, centre and width (2 sigma^2) of the dip. */
const A = 0.5;
const C = -1;
const W = 0.08;
/** Curvature of the long slope and of the cross-valley. */
const K = 0.15;
const KY = 0.5;

function value(x: number, y: number): number {
  return K * (x - 2) * (x - 2) - A * Math.exp(-((x - C) * (x - C)) / W) + KY * y * y;
}

function gradX(x: number): number {
  return 2 * K * (x - 2) + ((2 * A * (x - C)) / W) * Math.exp(-((x - C) * (x - C)) / W);
}

const dippedBase = {
  dim: 2,
  f: (w: ArrayLike<number>) => value(w[0] ?? 0, w[1] ?? 0),
  grad: (w: ArrayLike<number>, out: Vec) => {
    out[0] = gradX(w[0] ?? 0);
    out[1] = 2 * KY * (w[1] ?? 0);
    return out;
  },
  hessian: (w: ArrayLike<number>, out: Vec) => {
    const x = w[0] ?? 0;
    const d = x - C;
    const e = Math.exp(-(d * d) / W);
    out[0] = 2 * K + ((2 * A) / W) * e * (1 - (2 * d * d) / W);
    out[1] = 0;
    out[2] = 0;
    out[3] = 2 * KY;
    return out;
  },
};

/** Newton's method on f'(x) = 0 along y = 0, from a guess. */
function newton(x: number): number {
  const h = new Float64Array(4);
  for (let it = 0; it < 60; it++) {
    dippedBase.hessian([x, 0], h);
    const dx = gradX(x) / h[0]!;
    x -= dx;
    if (Math.abs(dx) < 1e-15) break;
  }
  return x;
}
// Pure annotations: a bundle that imports the core barrel but not this surface drops it.
const local = /* @__PURE__ */ newton(-0.92);
const ridge = /* @__PURE__ */ newton(-0.62);

/**
 * A long valley falling to its global minimum at (2, 0), with a narrow, shallow
 * dip near x = -1 on the way down from the left:
 *
 *   f(x, y) = 0.15 (x - 2)^2 - 0.5 exp(-(x + 1)^2 / 0.08) + 0.5 y^2.
 *
 * Plain gradient descent from the left settles in the dip (a local minimum
 * near x = -0.92, guarded by a rim only 0.13 higher near x = -0.62); enough momentum or gradient noise carries it over the low
 * rim into the real valley. Critical points refined by Newton's method.
 *
 *   dippedSlope.minima[1].kind; // 'local-min'
 */
export const dippedSlope: Objective = {
  id: 'dipped-slope',
  label: 'Slope with a dip',
  tex: 'f(x,y) = 0.15\\,(x-2)^2 - 0.5\\,e^{-(x+1)^2/0.08} + 0.5\\,y^2',
  ...dippedBase,
  domain: { x: [-3, 3], y: [-1.5, 1.5] },
  minima: [
    { point: [2, 0], value: /* @__PURE__ */ value(2, 0), kind: 'global-min' },
    { point: [local, 0], value: /* @__PURE__ */ value(local, 0), kind: 'local-min' },
  ],
  saddles: [{ point: [ridge, 0], value: /* @__PURE__ */ value(ridge, 0), kind: 'saddle' }],
  start: [-2.6, 1],
};
