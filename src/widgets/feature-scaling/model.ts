/** Figure model of the `feature-scaling` widget: the pure setup its component draws, shared with the tests that check the prose's numbers. */
import { makeLeastSquares, penguins, run, type Objective, type Trajectory } from '~/core';

/** J(a, b) on the raw data: flipper length in mm, body mass in g. */
const RAW0 = makeLeastSquares(penguins.x, penguins.y, { id: 'penguins-raw', label: 'Mean squared error, raw units' });
const ra = RAW0.solution.a;
const rb = RAW0.solution.b;
export const RAW_MSE = { ...RAW0, domain: { x: [ra - 50, ra + 50] as const, y: [rb - 10000, rb + 10000] as const } };
export const RAW_START: readonly [number, number] = [ra - 40, rb - 2000];
export const STD_START: readonly [number, number] = [-1.2, 1.6];

/** Largest and smallest eigenvalue of the (constant) 2x2 Hessian. */
export function curvatures(J: Objective): { L: number; mu: number } {
  const h = J.hessian?.([0, 0], new Float64Array(4)) ?? new Float64Array([1, 0, 0, 1]);
  const a = h[0] ?? 1;
  const c = h[1] ?? 0;
  const d = h[3] ?? 1;
  const L = (a + d) / 2 + Math.hypot((a - d) / 2, c);
  return { L, mu: (a * d - c * c) / L };
}

/** Gradient descent with α = fraction · 2/L of that panel, for `steps` steps. */
export function scaledRun(J: Objective, start: readonly [number, number], fraction: number, steps: number): { tr: Trajectory; lr: number } {
  const lr = (fraction * 2) / curvatures(J).L;
  return { lr, tr: run({ objective: J, optimizer: { id: 'gd', params: { lr } }, start, steps, stop: { bound: 1e9 } }) };
}

/** How far the slope is from the least-squares slope after the run, as a fraction of that slope (unit-free). */
export function slopeError(J: Objective, tr: Trajectory): number {
  const a = J.minima[0]?.point[0] ?? 0;
  return Math.abs((tr.positions[2 * tr.length] ?? NaN) - a) / Math.abs(a);
}

/** Steps for the slope error along the valley floor to shrink tenfold: ln 10 / (α λ_min). */
export function stepsPerDecade(lr: number, mu: number): number {
  return Math.log(10) / (lr * mu);
}
