/** Fig 6.x, two wells, as the code generator's input (loaded with the Code panel). */
import { twoWell } from "~/core/objectives";
import type { WidgetState } from "~/state/widget-state.svelte";
import type { Values } from "~/state/schema";
import type { CodeInput } from "../primitives/code-source";
import { toggleCode } from "../primitives/code-tool";
import { figureRuns, gdRun } from "../shared/code-run";
import type { twoWellsSchema } from "./schema";

/**
 * The figure's run length and stopping rule (model.ts), restated: importing
 * model.ts here would split it out of the figure's chunk (+0.2 KB on chapter 6).
 * tests/unit/codegen/figures.test.ts holds the two equal.
 */
export const TWO_WELLS_STEPS = 150;
export const TWO_WELLS_STOP = { gradNorm: 1e-6, bound: 50 };

export const twoWellsCode = (v: Values<typeof twoWellsSchema>): CodeInput =>
  figureRuns(twoWell, v.start, TWO_WELLS_STEPS, TWO_WELLS_STOP, [gdRun(v.lr)]);

export function open(
  button: HTMLButtonElement,
  model: WidgetState<typeof twoWellsSchema>,
): void {
  toggleCode(button, model, () => twoWellsCode(model.values));
}
