import type { CriticalPoint, Objective, Point } from '../types';

/**
 * Refines a guess of a critical point (grad f = 0) by Newton's method on the
 * gradient, x <- x - H(x)^{-1} grad f(x), and classifies it by the signs of the
 * Hessian's eigenvalues (second-derivative test). Needs `objective.hessian`;
 * works for dim 1 and 2. Returns undefined if Newton does not converge or the
 * Hessian is singular along the way.
 *
 *   refineCriticalPoint(himmelblau, [-2.8, 3.1]); // { point: [-2.805118..., 3.131312...], kind: 'global-min', ... }
 */
export function refineCriticalPoint(
  objective: Objective,
  guess: Point,
  options: { maxIter?: number; tol?: number } = {},
): CriticalPoint | undefined {
  const { hessian } = objective;
  const n = objective.dim;
  if (!hessian || (n !== 1 && n !== 2)) return undefined;
  const maxIter = options.maxIter ?? 100;
  const tol = options.tol ?? 1e-14;
  const x = Float64Array.from(guess);
  const g = new Float64Array(n);
  const h = new Float64Array(n * n);
  for (let it = 0; it < maxIter; it++) {
    objective.grad(x, g);
    hessian(x, h);
    let dx0: number;
    let dx1 = 0;
    if (n === 1) {
      const h0 = h[0] ?? 0;
      if (h0 === 0) return undefined;
      dx0 = (g[0] ?? 0) / h0;
    } else {
      const a = h[0] ?? 0;
      const b = h[1] ?? 0;
      const c = h[2] ?? 0;
      const d = h[3] ?? 0;
      const det = a * d - b * c;
      if (det === 0 || !Number.isFinite(det)) return undefined;
      dx0 = (d * (g[0] ?? 0) - b * (g[1] ?? 0)) / det;
      dx1 = (a * (g[1] ?? 0) - c * (g[0] ?? 0)) / det;
    }
    x[0] = (x[0] ?? 0) - dx0;
    if (n === 2) x[1] = (x[1] ?? 0) - dx1;
    const scale = 1 + Math.abs(x[0] ?? 0) + Math.abs(x[1] ?? 0);
    if (Math.abs(dx0) + Math.abs(dx1) <= tol * scale) {
      hessian(x, h);
      return { point: Array.from(x), value: objective.f(x), kind: classify(h, n) };
    }
  }
  return undefined;
}

/** Second-derivative test on a symmetric 1x1 or 2x2 Hessian. */
function classify(h: Float64Array, n: number): CriticalPoint['kind'] {
  if (n === 1) return (h[0] ?? 0) > 0 ? 'local-min' : (h[0] ?? 0) < 0 ? 'max' : 'saddle';
  const a = h[0] ?? 0;
  const d = h[3] ?? 0;
  const det = a * d - (h[1] ?? 0) * (h[2] ?? 0);
  if (det < 0) return 'saddle';
  if (det > 0) return a > 0 ? 'local-min' : 'max';
  return 'saddle';
}
