import type { Objective } from '../types';
import { texNumber } from './tex-number';

/** Parameters of {@link makeQuadratic}. */
export interface QuadraticParams {
  /** Condition number L / mu (ratio of the largest to the smallest curvature), >= 1. */
  readonly kappa: number;
  /** Rotation of the flat (mu) eigenvector from the x axis, in radians. */
  readonly angle: number;
  /** Smallest curvature mu > 0 (default 1), so the largest is L = kappa * mu. */
  readonly mu?: number;
  readonly id?: string;
  readonly label?: string;
}

/**
 * An ill-conditioned quadratic bowl f(w) = 1/2 w^T A w with A = R diag(mu, L) R^T,
 * where R rotates by `angle` and L = kappa * mu. The Hessian is A everywhere, the
 * gradient is A w, the unique minimum is the origin, and the gradient is
 * L-Lipschitz, so plain gradient descent converges iff 0 < lr < 2 / L
 * (Goh, "Why Momentum Really Works", Distill 2017; Nesterov, Lectures on Convex
 * Optimization, 2.1).
 *
 *   const q = makeQuadratic({ kappa: 25, angle: Math.PI / 6 }); q.lipschitz; // 25
 */
export function makeQuadratic(params: QuadraticParams): Objective {
  const { kappa, angle } = params;
  const mu = params.mu ?? 1;
  if (!(kappa >= 1) || !Number.isFinite(kappa)) throw new RangeError(`kappa must be a finite number >= 1, got ${kappa}`);
  if (!(mu > 0) || !Number.isFinite(mu)) throw new RangeError(`mu must be a finite number > 0, got ${mu}`);
  if (!Number.isFinite(angle)) throw new RangeError(`angle must be finite, got ${angle}`);
  const L = kappa * mu;
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const a11 = mu * c * c + L * s * s;
  const a12 = (mu - L) * c * s;
  const a22 = mu * s * s + L * c * c;
  // Start on the flat axis far out, nudged along the steep axis, so the ravine shows.
  const r = 2.5;
  const start = [-r * c - 0.6 * s, -r * s + 0.6 * c] as const;
  const cross = Math.abs(a12) < 1e-12 ? '' : `${a12 < 0 ? ' - ' : ' + '}${texNumber(2 * Math.abs(a12))}\\,xy`;
  return {
    id: params.id ?? `quadratic-k${kappa}-a${angle}`,
    label: params.label ?? `Quadratic bowl (condition number ${kappa})`,
    tex: `f(x,y) = \\tfrac{1}{2}\\left(${texNumber(a11)}\\,x^2${cross} + ${texNumber(a22)}\\,y^2\\right)`,
    dim: 2,
    f: (w) => {
      const x = w[0] ?? 0;
      const y = w[1] ?? 0;
      return 0.5 * (a11 * x * x + 2 * a12 * x * y + a22 * y * y);
    },
    grad: (w, out) => {
      const x = w[0] ?? 0;
      const y = w[1] ?? 0;
      out[0] = a11 * x + a12 * y;
      out[1] = a12 * x + a22 * y;
      return out;
    },
    hessian: (_w, out) => {
      out[0] = a11;
      out[1] = a12;
      out[2] = a12;
      out[3] = a22;
      return out;
    },
    domain: { x: [-3, 3], y: [-3, 3] },
    minima: [{ point: [0, 0], value: 0, kind: 'global-min' }],
    start,
    lipschitz: L,
  };
}

/** The default ravine: condition number 10, flat axis rotated 30 degrees. */
export const quadratic: Objective = /* @__PURE__ */ makeQuadratic({
  kappa: 10,
  angle: Math.PI / 6,
  id: 'quadratic',
  label: 'Ill-conditioned quadratic',
});
