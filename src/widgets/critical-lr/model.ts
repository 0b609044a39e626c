/** Figure model of the `critical-lr` widget: the pure setup its component draws, shared with the tests that check the prose's numbers. */
import { makeQuadratic, run, type Objective, type Trajectory } from '~/core';

export const CRITICAL_STEPS = 40;

/** The bowl with largest curvature L and condition number kappa (smallest curvature L / kappa). */
export function criticalBowl(L: number, kappa: number): Objective {
  return makeQuadratic({ kappa, mu: L / kappa, angle: Math.PI / 6, id: `bowl-${L}-${kappa}`, label: `Bowl with curvatures ${+(L / kappa).toFixed(3)} and ${L}` });
}

export function criticalRun(bowl: Objective, lr: number): Trajectory {
  return run({ objective: bowl, optimizer: { id: 'gd', params: { lr } }, start: bowl.start, steps: CRITICAL_STEPS, stop: { bound: 10, gradNorm: 1e-12 } });
}

/**
 * The first step at which the distance to the minimum (the origin) is at most
 * 1% of the starting distance, or -1 if the run never gets there.
 */
export function stepsToOnePercent(tr: Trajectory): number {
  const p = tr.positions;
  const d0 = Math.hypot(p[0] ?? 0, p[1] ?? 0);
  for (let k = 0; k <= tr.length; k++) {
    if (Math.hypot(p[2 * k] ?? 0, p[2 * k + 1] ?? 0) <= 0.01 * d0) return k;
  }
  return -1;
}

/** Per-step contraction along the slowest-shrinking direction: max(|1 - α λ_min|, |1 - α L|). */
export function rate(lr: number, mu: number, L: number): number {
  return Math.max(Math.abs(1 - lr * mu), Math.abs(1 - lr * L));
}
