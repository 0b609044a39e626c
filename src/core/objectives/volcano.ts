import type { Objective } from '../types';
import { VOLCANO_ELEVATION, VOLCANO_HEIGHT, VOLCANO_WIDTH } from '../data/volcano-data';

/** Grid spacing of the volcano data, in metres. */
export const VOLCANO_SPACING = 10;

/**
 * Where the volcano data comes from, to print beside every figure that uses it.
 */
export const volcanoCredit =
  "Maunga Whau (Mt Eden, Auckland) elevations: R's `volcano` data set, digitised by Ross Ihaka from a topographic map " +
  'by the New Zealand Department of Lands and Survey (10 m grid, not to be regarded as accurate); ' +
  'via the vega-datasets package (BSD-3-Clause).';

const W = VOLCANO_WIDTH;
const H = VOLCANO_HEIGHT;
const Z = /* @__PURE__ */ Float64Array.from(VOLCANO_ELEVATION);
const X_MAX = (W - 1) * VOLCANO_SPACING;
const Y_MAX = (H - 1) * VOLCANO_SPACING;

/** Elevation at grid node (i, j), indices clamped to the grid (edge samples repeat). */
function node(i: number, j: number): number {
  const ii = i < 0 ? 0 : i >= W ? W - 1 : i;
  const jj = j < 0 ? 0 : j >= H ? H - 1 : j;
  return Z[jj * W + ii] ?? 0;
}

/**
 * Catmull-Rom weights (Keys' cubic convolution with a = -1/2) for the four
 * samples around a point at fraction t in [0, 1] of its cell, and their first
 * and second derivatives in t. R. Keys, "Cubic convolution interpolation for
 * digital image processing", IEEE Trans. ASSP 29(6), 1981.
 */
function weights(t: number, w: Float64Array, dw: Float64Array, ddw: Float64Array): void {
  const t2 = t * t;
  const t3 = t2 * t;
  w[0] = 0.5 * (-t3 + 2 * t2 - t);
  w[1] = 0.5 * (3 * t3 - 5 * t2 + 2);
  w[2] = 0.5 * (-3 * t3 + 4 * t2 + t);
  w[3] = 0.5 * (t3 - t2);
  dw[0] = 0.5 * (-3 * t2 + 4 * t - 1);
  dw[1] = 0.5 * (9 * t2 - 10 * t);
  dw[2] = 0.5 * (-9 * t2 + 8 * t + 1);
  dw[3] = 0.5 * (3 * t2 - 2 * t);
  ddw[0] = -3 * t + 2;
  ddw[1] = 9 * t - 5;
  ddw[2] = -9 * t + 4;
  ddw[3] = 3 * t - 1;
}

const wx = /* @__PURE__ */ new Float64Array(4);
const dwx = /* @__PURE__ */ new Float64Array(4);
const ddwx = /* @__PURE__ */ new Float64Array(4);
const wy = /* @__PURE__ */ new Float64Array(4);
const dwy = /* @__PURE__ */ new Float64Array(4);
const ddwy = /* @__PURE__ */ new Float64Array(4);
/** Results of the last {@link evaluate}: value, gradient, Hessian (per metre). */
const res = /* @__PURE__ */ new Float64Array(6);

/**
 * Bicubic (Catmull-Rom) interpolation of the elevation at (x, y) in metres, with
 * its exact gradient and Hessian. Outside the grid the position is clamped, so
 * the surface continues flat. The interpolant is C1: the gradient is continuous,
 * the Hessian jumps across grid lines.
 */
function evaluate(xm: number, ym: number): Float64Array {
  const cx = xm < 0 ? 0 : xm > X_MAX ? X_MAX : xm;
  const cy = ym < 0 ? 0 : ym > Y_MAX ? Y_MAX : ym;
  const u = cx / VOLCANO_SPACING;
  const v = cy / VOLCANO_SPACING;
  const i = Math.min(Math.floor(u), W - 2);
  const j = Math.min(Math.floor(v), H - 2);
  weights(u - i, wx, dwx, ddwx);
  weights(v - j, wy, dwy, ddwy);
  let f = 0;
  let fx = 0;
  let fy = 0;
  let fxx = 0;
  let fxy = 0;
  let fyy = 0;
  for (let b = 0; b < 4; b++) {
    let row = 0;
    let rowD = 0;
    let rowDD = 0;
    for (let a = 0; a < 4; a++) {
      const z = node(i - 1 + a, j - 1 + b);
      row += (wx[a] ?? 0) * z;
      rowD += (dwx[a] ?? 0) * z;
      rowDD += (ddwx[a] ?? 0) * z;
    }
    const vb = wy[b] ?? 0;
    const dvb = dwy[b] ?? 0;
    f += vb * row;
    fx += vb * rowD;
    fy += dvb * row;
    fxx += vb * rowDD;
    fxy += dvb * rowD;
    fyy += (ddwy[b] ?? 0) * row;
  }
  const s = 1 / VOLCANO_SPACING;
  // Clamped coordinates do not move the point: derivative zero across that edge.
  const inX = xm >= 0 && xm <= X_MAX ? 1 : 0;
  const inY = ym >= 0 && ym <= Y_MAX ? 1 : 0;
  res[0] = f;
  res[1] = fx * s * inX;
  res[2] = fy * s * inY;
  res[3] = fxx * s * s * inX;
  res[4] = fxy * s * s * inX * inY;
  res[5] = fyy * s * s * inY;
  return res;
}

/**
 * Maunga Whau as a loss surface: f(x, y) = elevation in metres at (x, y) metres,
 * x along the 87-sample axis and y along the 61-sample axis of the grid (row 0 of
 * vega-datasets' file is y = 0). A smooth bicubic interpolant of the 10 m grid,
 * so the gradient (metres per metre) is exact rather than a finite difference.
 * The crater holds a local minimum; the global minimum lies on the map's edge,
 * so only the crater is listed. The summit is in `maxima`.
 *
 *   volcano.f([190, 300]); // 195, the summit node
 */
export const volcano: Objective = {
  id: 'volcano',
  label: 'Maunga Whau volcano',
  tex: 'f(x,y) = \\text{elevation of Maunga Whau at }(x, y)\\text{ (m)}',
  dim: 2,
  f: (w) => evaluate(w[0] ?? 0, w[1] ?? 0)[0] ?? 0,
  grad: (w, out) => {
    const r = evaluate(w[0] ?? 0, w[1] ?? 0);
    out[0] = r[1] ?? 0;
    out[1] = r[2] ?? 0;
    return out;
  },
  hessian: (w, out) => {
    const r = evaluate(w[0] ?? 0, w[1] ?? 0);
    out[0] = r[3] ?? 0;
    out[1] = r[4] ?? 0;
    out[2] = r[4] ?? 0;
    out[3] = r[5] ?? 0;
    return out;
  },
  domain: { x: [0, X_MAX], y: [0, Y_MAX] },
  minima: [
    { point: [290, 270], value: 148, kind: 'local-min' },
  ],
  maxima: [
    { point: [188.63324958071078, 300], value: 195.0993149077564, kind: 'max' },
  ],
  // High on the summit's crater side: plain gradient descent walks into the crater, a
  // local minimum 148 m up, instead of down the mountain.
  start: [210, 300],
};
