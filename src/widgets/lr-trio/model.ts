/** Figure model of the `lr-trio` widget: the pure setup its component draws, shared with the tests that check the prose's numbers. */
import { explainQuadraticStep, makeQuadratic, run, type Trajectory } from '~/core';

/** The bowl of figure 3.1: curvatures 100 and 500, so 1/L = 0.002 and 2/L = 0.004. */
export const TRIO_BOWL = makeQuadratic({ kappa: 5, mu: 100, angle: Math.PI / 6, id: 'trio-bowl', label: 'Bowl with curvatures 100 and 500' });
export const TRIO_STEPS = 100;
export const TRIO_L = TRIO_BOWL.lipschitz ?? 500;

/** One panel's run: plain gradient descent from the bowl's start; leaving |w| > 1000 counts as diverged. */
export function trioRun(lr: number): Trajectory {
  return run({ objective: TRIO_BOWL, optimizer: { id: 'gd', params: { lr } }, start: TRIO_BOWL.start, steps: TRIO_STEPS, stop: { bound: 1e3, gradNorm: 1e-9 } });
}

export type TrioVerdict = 'diverges' | 'bounces' | 'crawls' | 'zig-zags' | 'converges';

/** How a run went, in one word: what the panel's heading says. */
export function trioVerdict(lr: number, tr: Trajectory): TrioVerdict {
  const regime = explainQuadraticStep(lr, TRIO_L).regime;
  if (tr.status.kind === 'diverged' || regime === 'diverging') return 'diverges';
  if (regime === 'boundary') return 'bounces';
  const ratio = (tr.loss[tr.length] ?? 0) / (tr.loss[0] ?? 1);
  if (ratio > 1e-3) return 'crawls';
  return regime === 'oscillating' ? 'zig-zags' : 'converges';
}
