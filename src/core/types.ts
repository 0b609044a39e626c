/**
 * Shared types of the pure optimisation core. No DOM, no Svelte, no d3-selection
 * may be imported anywhere under src/core.
 */

/** A vector of parameters or a gradient. The core works in Float64Array throughout. */
export type Vec = Float64Array;

/** A point as plain numbers, for records, URLs and JSON. */
export type Point = readonly number[];

/** A rectangular plotting domain for 2-D surfaces (and `x` alone for 1-D curves). */
export interface Domain {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/** A critical point the book talks about. */
export interface CriticalPoint {
  readonly point: Point;
  readonly value: number;
  readonly kind: 'global-min' | 'local-min' | 'saddle' | 'max';
}

/**
 * An objective (a loss surface): value, analytic gradient, optional Hessian, and
 * everything a widget needs to draw it. Records, not classes (benfred/fmin style).
 *
 * `grad(x, out)` writes the gradient into `out` and returns it, so runners can
 * loop without allocating.
 */
export interface Objective {
  readonly id: string;
  readonly label: string;
  /** KaTeX source of the formula, shown in prose, legends and widgets alike. */
  readonly tex: string;
  /** Number of parameters (1 for curves, 2 for surfaces; more for data-driven losses). */
  readonly dim: number;
  f(x: ArrayLike<number>): number;
  grad(x: ArrayLike<number>, out: Vec): Vec;
  /** Row-major dim x dim Hessian, written into `out`. */
  hessian?(x: ArrayLike<number>, out: Vec): Vec;
  readonly domain: Domain;
  readonly minima: readonly CriticalPoint[];
  readonly saddles?: readonly CriticalPoint[];
  /** Local maxima worth drawing (the hill between two valleys of a curve, a summit). */
  readonly maxima?: readonly CriticalPoint[];
  /** A suggested start that makes the surface's point. */
  readonly start: Point;
  /** Largest curvature (Lipschitz constant of the gradient) where it is known. */
  readonly lipschitz?: number;
}
