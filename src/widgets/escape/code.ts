/** Fig 6.x, escaping a dip, as the code generator's input (loaded with the Code panel): plain gradient descent and momentum; the noisy run draws the book's random numbers, which torch does not share. */
import { dippedSlope } from "~/core/objectives";
import type { WidgetState } from "~/state/widget-state.svelte";
import type { Values } from "~/state/schema";
import type { CodeInput } from "../primitives/code-source";
import { toggleCode } from "../primitives/code-tool";
import { figureRuns, gdRun } from "../shared/code-run";
import type { escapeSchema } from "./schema";

/** Escape.svelte's run length and stopping rule (inline there; tests/unit/codegen/figures.test.ts holds them equal). */
export const ESCAPE_STEPS = 300;
export const ESCAPE_STOP = { bound: 50 };

export function escapeCode(v: Values<typeof escapeSchema>): CodeInput {
  return figureRuns(
    dippedSlope,
    v.start,
    ESCAPE_STEPS,
    ESCAPE_STOP,
    [
      gdRun(v.lr),
      {
        id: "momentum",
        label: "Momentum (moving average)",
        optimizer: { id: "momentum-ema", params: { lr: v.lr, beta: v.beta } },
      },
    ],
    "the figure’s third run, gradient descent with noisy gradients (the book’s own random numbers)",
  );
}

export function open(
  button: HTMLButtonElement,
  model: WidgetState<typeof escapeSchema>,
): void {
  toggleCode(button, model, () => escapeCode(model.values));
}
