/** Fig 6.x, two wells, as the code generator's input (loaded with the Code panel). */
import { twoWell } from "~/core/objectives";
import type { WidgetState } from "~/state/widget-state.svelte";
import type { Values } from "~/state/schema";
import type { CodeInput } from "../primitives/code-source";
import { toggleCode } from "../primitives/code-tool";
import { figureRuns, gdRun } from "../shared/code-run";
import type { twoWellsSchema } from "./schema";
// The figure's own run length and stopping rule (widgets/two-wells/model.ts), not a copy.
import { TWO_WELLS_STEPS, TWO_WELLS_STOP } from "./model";

export { TWO_WELLS_STEPS, TWO_WELLS_STOP };

export const twoWellsCode = (v: Values<typeof twoWellsSchema>): CodeInput =>
  figureRuns(twoWell, v.start, TWO_WELLS_STEPS, TWO_WELLS_STOP, [gdRun(v.lr)]);

export function open(
  button: HTMLButtonElement,
  model: WidgetState<typeof twoWellsSchema>,
): void {
  toggleCode(button, model, () => twoWellsCode(model.values));
}
