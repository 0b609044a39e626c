/** Fig 6.x, escaping a saddle, as the code generator's input (loaded with the Code panel). */
import type { Objective } from "~/core";
import type { WidgetState } from "~/state/widget-state.svelte";
import type { Values } from "~/state/schema";
import type { CodeInput } from "../primitives/code-source";
import { toggleCode } from "../primitives/code-tool";
import { figureRuns } from "../shared/code-run";
import {
  CHAPTER_6_METHODS,
  METHODS,
  menuMethod,
  optimizerFor,
} from "../shared/optimizers";
import type { saddleSchema } from "./schema";

/** Saddle.svelte's run length (inline there; tests/unit/codegen/figures.test.ts holds the two equal). */
export const SADDLE_STEPS = 150;

/** The Code button's click: the figure's model, its surface and its escape bound (a box a little larger than the map). */
export function saddleCode(
  v: Values<typeof saddleSchema>,
  objective: Objective,
  bound: number,
): CodeInput {
  const id = menuMethod(CHAPTER_6_METHODS, v.opt);
  return figureRuns(objective, v.start, SADDLE_STEPS, { bound }, [
    { id, label: METHODS[id].label, optimizer: optimizerFor(id, { lr: v.lr }) },
  ]);
}

export function open(
  button: HTMLButtonElement,
  model: WidgetState<typeof saddleSchema>,
  state: () => readonly [Objective, number],
): void {
  toggleCode(button, model, () => saddleCode(model.values, ...state()));
}
