/**
 * Fig 2.x, all at once or one at a time, as the code generator's input
 * (loaded with the Code panel): gradient descent, and cyclic coordinate descent
 * (two steps, one per coordinate, for each of the figure's sweeps), written
 * out, since torch.optim has no class for it.
 */
import type { Objective } from '~/core';
import type { Values } from '~/state/schema';
import type { WidgetState } from '~/state/widget-state.svelte';
import type { CodeInput } from '../primitives/code-source';
import { toggleCode } from '../primitives/code-tool';
import { figureRuns, gdRun } from '../shared/code-run';
import type { simultaneousSchema } from './schema';

/** Simultaneous.svelte's bound (inline there; tests/unit/codegen/figures.test.ts holds the two equal). */
export const SIMULTANEOUS_STOP = { bound: 1e4 };

export function simultaneousCode(v: Values<typeof simultaneousSchema>, surface: Objective, start: readonly number[]): CodeInput {
  return figureRuns(surface, start, v.steps, SIMULTANEOUS_STOP, [
    gdRun(v.lr),
    { id: 'coordinate', label: 'Coordinate descent (one coordinate per step)', optimizer: { id: 'gd', params: { lr: v.lr } }, coordinate: true, steps: v.steps * surface.dim },
  ]);
}

/** The Code button's click: the figure's model, and the surface and (clamped) start it runs. */
export function open(button: HTMLButtonElement, model: WidgetState<typeof simultaneousSchema>, state: () => readonly [Objective, readonly number[]]): void {
  toggleCode(button, model, () => simultaneousCode(model.values, ...state()));
}
