import type { Objective } from '../types';

/** Means and (population) standard deviations used to standardise x and y. */
export interface Standardization {
  readonly xMean: number;
  readonly xStd: number;
  readonly yMean: number;
  readonly yStd: number;
}

/** Parameters of the line y = a x + b. */
export interface Line {
  readonly a: number;
  readonly b: number;
}

/** The identity transform: nothing standardised. */
export const IDENTITY: Standardization = { xMean: 0, xStd: 1, yMean: 0, yStd: 1 };

function meanStd(v: ArrayLike<number>): [number, number] {
  const n = v.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += v[i] ?? 0;
  m /= n;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const d = (v[i] ?? 0) - m;
    s += d * d;
  }
  return [m, Math.sqrt(s / n)];
}

/**
 * Standardises x and/or y to mean 0 and standard deviation 1 (dividing by n,
 * as scikit-learn's StandardScaler does) and returns the transform, so a line
 * fitted in standard units can be mapped back with {@link toOriginalLine}.
 * Feature scaling turns the long thin valley of J(a, b) into a round bowl.
 *
 *   const s = standardize(penguins.x, penguins.y, { x: true, y: true });
 */
export function standardize(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  which: { readonly x: boolean; readonly y: boolean } = { x: true, y: true },
): { readonly x: Float64Array; readonly y: Float64Array; readonly transform: Standardization } {
  const [xm, xs] = which.x ? meanStd(x) : [0, 1];
  const [ym, ys] = which.y ? meanStd(y) : [0, 1];
  const transform: Standardization = { xMean: xm, xStd: xs || 1, yMean: ym, yStd: ys || 1 };
  const sx = Float64Array.from(x, (v) => (v - transform.xMean) / transform.xStd);
  const sy = Float64Array.from(y, (v) => (v - transform.yMean) / transform.yStd);
  return { x: sx, y: sy, transform };
}

/**
 * Maps a line fitted in standardised units, y' = a' x' + b' with
 * x' = (x - mx) / sx and y' = (y - my) / sy, back to original units:
 * a = sy a' / sx, b = my + sy b' - a mx.
 *
 *   toOriginalLine(t, { a: 0.87, b: 0 });
 */
export function toOriginalLine(t: Standardization, line: Line): Line {
  const a = (t.yStd * line.a) / t.xStd;
  return { a, b: t.yMean + t.yStd * line.b - a * t.xMean };
}

/** The inverse of {@link toOriginalLine}: a line in original units, in standardised units. */
export function toStandardLine(t: Standardization, line: Line): Line {
  return { a: (line.a * t.xStd) / t.yStd, b: (line.a * t.xMean + line.b - t.yMean) / t.yStd };
}

/**
 * The closed-form least-squares line (the normal equations for one feature):
 * a = sum (x_i - mx)(y_i - my) / sum (x_i - mx)^2, b = my - a mx.
 * Centring first keeps it accurate when x is far from 0.
 *
 *   closedFormLine([0, 1, 2], [1, 3, 5]); // { a: 2, b: 1 }
 */
export function closedFormLine(x: ArrayLike<number>, y: ArrayLike<number>): Line {
  const n = x.length;
  if (n !== y.length || n < 2) throw new RangeError(`need two equal-length columns with n >= 2, got ${n} and ${y.length}`);
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] ?? 0;
    my += y[i] ?? 0;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx;
    sxy += dx * ((y[i] ?? 0) - my);
    sxx += dx * dx;
  }
  if (sxx === 0) throw new RangeError('x has zero variance: the line is not determined');
  const a = sxy / sxx;
  return { a, b: my - a * mx };
}

/** A mean-squared-error objective over data, with mini-batch evaluation. */
export interface LeastSquaresObjective extends Objective {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly n: number;
  /** The closed-form minimiser. */
  readonly solution: Line;
  /** Mean squared error over the samples in `idx`. */
  batchLoss(params: ArrayLike<number>, idx: ArrayLike<number>): number;
  /** Gradient of the mean squared error over the samples in `idx`, written into `out`. */
  batchGrad(params: ArrayLike<number>, idx: ArrayLike<number>, out: Float64Array): Float64Array;
}

/**
 * The least-squares loss of the line y = a x + b on data (x_i, y_i),
 *   J(a, b) = (1/n) sum_i (a x_i + b - y_i)^2,
 * as an Objective over (a, b): gradient (2/n) sum_i r_i (x_i, 1) with
 * r_i = a x_i + b - y_i, constant Hessian (2/n) [[sum x_i^2, sum x_i], [sum x_i, n]],
 * and L = its largest eigenvalue. Convex, one minimum: the closed-form line.
 * The domain is centred on the minimum.
 *
 *   const J = makeLeastSquares(std.x, std.y); J.grad([0, 0], new Float64Array(2));
 */
export function makeLeastSquares(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: { readonly id?: string; readonly label?: string } = {},
): LeastSquaresObjective {
  const X = Float64Array.from(x);
  const Y = Float64Array.from(y);
  const n = X.length;
  const solution = closedFormLine(X, Y);
  let sx = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const v = X[i] ?? 0;
    sx += v;
    sxx += v * v;
  }
  const h11 = (2 * sxx) / n;
  const h12 = (2 * sx) / n;
  const h22 = 2;
  const tr = h11 + h22;
  const lipschitz = tr / 2 + Math.hypot((h11 - h22) / 2, h12);

  const loss = (p: ArrayLike<number>): number => {
    const a = p[0] ?? 0;
    const b = p[1] ?? 0;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const r = a * (X[i] ?? 0) + b - (Y[i] ?? 0);
      s += r * r;
    }
    return s / n;
  };
  const batchLoss = (p: ArrayLike<number>, idx: ArrayLike<number>): number => {
    const a = p[0] ?? 0;
    const b = p[1] ?? 0;
    const m = idx.length;
    let s = 0;
    for (let k = 0; k < m; k++) {
      const i = idx[k] ?? 0;
      const r = a * (X[i] ?? 0) + b - (Y[i] ?? 0);
      s += r * r;
    }
    return s / m;
  };
  const batchGrad = (p: ArrayLike<number>, idx: ArrayLike<number>, out: Float64Array): Float64Array => {
    const a = p[0] ?? 0;
    const b = p[1] ?? 0;
    const m = idx.length;
    let ga = 0;
    let gb = 0;
    for (let k = 0; k < m; k++) {
      const i = idx[k] ?? 0;
      const xi = X[i] ?? 0;
      const r = a * xi + b - (Y[i] ?? 0);
      ga += r * xi;
      gb += r;
    }
    out[0] = (2 * ga) / m;
    out[1] = (2 * gb) / m;
    return out;
  };
  const wA = Math.max(1, 1.5 * Math.abs(solution.a));
  const wB = Math.max(1, 1.5 * Math.abs(solution.b));
  return {
    id: options.id ?? 'least-squares',
    label: options.label ?? 'Mean squared error',
    tex: `J(a,b) = \\frac{1}{${n}}\\sum_{i=1}^{${n}}\\left(a x_i + b - y_i\\right)^2`,
    dim: 2,
    x: X,
    y: Y,
    n,
    solution,
    f: loss,
    grad: (p, out) => {
      const a = p[0] ?? 0;
      const b = p[1] ?? 0;
      let ga = 0;
      let gb = 0;
      for (let i = 0; i < n; i++) {
        const xi = X[i] ?? 0;
        const r = a * xi + b - (Y[i] ?? 0);
        ga += r * xi;
        gb += r;
      }
      out[0] = (2 * ga) / n;
      out[1] = (2 * gb) / n;
      return out;
    },
    hessian: (_p, out) => {
      out[0] = h11;
      out[1] = h12;
      out[2] = h12;
      out[3] = h22;
      return out;
    },
    batchLoss,
    batchGrad,
    domain: { x: [solution.a - wA, solution.a + wA], y: [solution.b - wB, solution.b + wB] },
    minima: [{ point: [solution.a, solution.b], value: loss([solution.a, solution.b]), kind: 'global-min' }],
    start: [solution.a - 0.8 * wA, solution.b + 0.8 * wB],
    lipschitz,
  };
}
