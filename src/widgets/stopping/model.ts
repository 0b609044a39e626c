/** Figure model of the `stopping` widget: the pure setup its component draws, shared with the tests that check the prose's numbers. */
import { quadratic, run, withGradientNoise, type StopCriteria, type Trajectory } from '~/core';
import { count } from '~/viz/format';

export const STOP_STEPS = 400;
export const STOP_LR = 0.05;

/** Gradient descent on the ravine (L = 10, α = 0.05 unless `lr` says otherwise) with seeded gradient noise, under one stopping rule. */
export function stoppingRun(stop: StopCriteria, noise: number, lr = STOP_LR): Trajectory {
  const objective = withGradientNoise(quadratic, noise, 11);
  objective.reset();
  return run({ objective, optimizer: { id: 'gd', params: { lr } }, start: quadratic.start, steps: STOP_STEPS, stop: { bound: 1e3, ...stop } });
}

export interface RuleOutcome {
  readonly id: 'loss' | 'grad' | 'patience';
  readonly label: string;
  /** Step the rule stops at, or -1 if it never fires. */
  readonly step: number;
  readonly reason: string;
}

/** Where each stopping rule ends the same run, with the reason from the run's status. */
export function ruleOutcomes(lossTol: number, gradTol: number, patience: number, noise: number): RuleOutcome[] {
  const rules = [
    { id: 'loss', label: 'Loss change', stop: { lossChange: lossTol } },
    { id: 'grad', label: 'Gradient norm', stop: { gradNorm: gradTol } },
    { id: 'patience', label: 'Patience', stop: { patience } },
  ] as const;
  return rules.map((r) => {
    const s = stoppingRun(r.stop, noise).status;
    if (s.kind !== 'converged') return { id: r.id, label: r.label, step: -1, reason: `never fired in ${STOP_STEPS} steps` };
    const why =
      s.reason === 'loss-change'
        ? `the loss changed by at most ${lossTol.toExponential(0)} in one step`
        : s.reason === 'grad-norm'
          ? `the gradient norm fell to ${gradTol.toExponential(0)} or below`
          : `the best loss had not improved for ${count(patience, 'step')}`;
    return { id: r.id, label: r.label, step: s.step, reason: `stopped at step ${s.step}: ${why}` };
  });
}
