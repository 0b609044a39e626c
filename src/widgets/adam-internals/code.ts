/**
 * Fig 5.x, inside Adam, as the code generator's input (loaded with the Code
 * panel): Adam with and without bias correction from the same start. The
 * figure traces the optimizer's state (traceOptimizer); with no stopping rule
 * but its bound that is the runner's path, step for step (tests/unit/core/trace.test.ts),
 * and the JSON download carries the same m, v, m-hat and v-hat.
 */
import type { Objective } from '~/core';
import type { Values } from '~/state/schema';
import type { WidgetState } from '~/state/widget-state.svelte';
import type { CodeInput } from '../primitives/code-source';
import { toggleCode } from '../primitives/code-tool';
import { figureRuns } from '../shared/code-run';
import type { adamInternalsSchema } from './schema';

/** AdamInternals.svelte's run length and bound (inline there; tests/unit/codegen/figures.test.ts holds them equal). */
export const ADAM_INTERNALS_STEPS = 100;
export const ADAM_INTERNALS_STOP = { bound: 1e3 };

export function adamInternalsCode(v: Values<typeof adamInternalsSchema>, surface: Objective, start: readonly number[], eps: number): CodeInput {
  const adam = (biasCorrection: boolean) => ({ id: 'adam', params: { eps, lr: v.lr, betas: [v.beta1, v.beta2], biasCorrection } }) as const;
  return figureRuns(surface, start, ADAM_INTERNALS_STEPS, ADAM_INTERNALS_STOP, [
    { id: 'corrected', label: 'Adam (bias-corrected, as torch.optim.Adam)', optimizer: adam(true) },
    { id: 'raw', label: 'Adam without bias correction', optimizer: adam(false) },
  ]);
}

/** The Code button's click: the figure's model, its ravine, start and epsilon. */
export function open(button: HTMLButtonElement, model: WidgetState<typeof adamInternalsSchema>, state: () => readonly [Objective, readonly number[], number]): void {
  toggleCode(button, model, () => adamInternalsCode(model.values, ...state()));
}
