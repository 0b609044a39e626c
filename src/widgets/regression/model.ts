/** Figure model of the `regression` widget: the pure setup its component draws, shared with the tests that check the prose's numbers. */
import { run, type Trajectory } from '~/core';
import { PENGUIN_MSE } from '../shared/penguin-mse';

export const REGRESSION_STEPS = 60;

export function regressionRun(start: readonly [number, number], lr: number): Trajectory {
  return run({ objective: PENGUIN_MSE, optimizer: { id: 'gd', params: { lr } }, start, steps: REGRESSION_STEPS, stop: { bound: 20, gradNorm: 1e-10 } });
}

/** First step within 0.001 of the closed-form (a, b), or -1. */
export function stepsToFit(tr: Trajectory): number {
  const { a, b } = PENGUIN_MSE.solution;
  for (let k = 0; k <= tr.length; k++) {
    if (Math.hypot((tr.positions[2 * k] ?? NaN) - a, (tr.positions[2 * k + 1] ?? NaN) - b) <= 1e-3) return k;
  }
  return -1;
}
