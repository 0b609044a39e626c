/** Fig 2.x, gradient descent step by step, as the code generator's input (loaded with the Code panel). */
import type { Objective } from "~/core";
import type { WidgetState } from "~/state/widget-state.svelte";
import type { Values } from "~/state/schema";
import type { CodeInput } from "../primitives/code-source";
import { toggleCode } from "../primitives/code-tool";
import { figureRuns, gdRun } from "../shared/code-run";
import type { gdStepsSchema } from "./schema";

/** GdSteps.svelte's stopping rule (inline there; tests/unit/codegen/figures.test.ts holds the two equal). */
export const GD_STEPS_STOP = { bound: 1e4 };

export const gdStepsCode = (
  v: Values<typeof gdStepsSchema>,
  surface: Objective,
  start: readonly number[],
): CodeInput =>
  figureRuns(surface, start, v.steps, GD_STEPS_STOP, [gdRun(v.lr)]);

/** The Code button's click: the figure's model, and the surface and (clamped) start it runs. */
export function open(
  button: HTMLButtonElement,
  model: WidgetState<typeof gdStepsSchema>,
  state: () => readonly [Objective, readonly number[]],
): void {
  toggleCode(button, model, () => gdStepsCode(model.values, ...state()));
}
