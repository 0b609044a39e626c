/** Fig 1.x, the hiker on a one-dimensional trail, as the code generator's input (loaded with the Code panel). */
import { hiking } from "~/core/objectives";
import type { WidgetState } from "~/state/widget-state.svelte";
import type { Values } from "~/state/schema";
import type { CodeInput } from "../primitives/code-source";
import { toggleCode } from "../primitives/code-tool";
import { figureRuns, gdRun } from "../shared/code-run";
import type { hikerSchema } from "./schema";

/** Hiker.svelte's run length and stopping rule (inline there; tests/unit/codegen/figures.test.ts holds them equal). */
export const HIKER_STEPS = 40;
export const HIKER_STOP = { bound: 50 };

export const hikerCode = (v: Values<typeof hikerSchema>): CodeInput =>
  figureRuns(hiking, [v.start], HIKER_STEPS, HIKER_STOP, [gdRun(v.lr)]);

export function open(
  button: HTMLButtonElement,
  model: WidgetState<typeof hikerSchema>,
): void {
  toggleCode(button, model, () => hikerCode(model.values));
}
