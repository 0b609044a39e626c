/**
 * The playground's state as the code generator's input (loaded with the Code
 * panel, never with the figure): a built-in surface's formula, or the
 * reader's own formula as its parsed tree (never its text), the start, every
 * racer's optimizer from its sliders, the schedule and the stopping rule.
 */
import { expressionFormula, formulaOf } from "~/core/codegen";
import type { Node } from "~/core/expr";
import type { Objective, Schedule, StopCriteria } from "~/core";
import type { Values } from "~/state/schema";
import type { WidgetState } from "~/state/widget-state.svelte";
import type { CodeInput } from "../primitives/code-source";
import { toggleCode } from "../primitives/code-tool";
import { METHODS } from "../shared/optimizers";
import { optimizerFromValues } from "../shared/optimizer-sliders";
import type { playgroundSchema, PlaygroundRacer } from "./schema";

/** The figure's stopping rule, as Playground.svelte runs it (inline there; tests/unit/codegen/figures.test.ts holds the two equal). */
export const PLAYGROUND_STOP: StopCriteria = { gradNorm: 1e-8, bound: 1e6 };

/** The figure's values, its surface, the reader's formula as the figure parsed it (null on a built-in surface), the start and the schedule. */
export function playgroundCode(
  values: Values<typeof playgroundSchema>,
  objective: Objective,
  ast: Node | null,
  start: readonly number[],
  schedule: Schedule,
): CodeInput {
  const stop = PLAYGROUND_STOP;
  const formula = ast ? expressionFormula(ast) : formulaOf(objective);
  if (!formula) throw new Error(`playground: no formula for ${objective.id}`);
  return {
    formula,
    objective,
    start,
    steps: values.steps,
    stop,
    runs: (values.racers as readonly PlaygroundRacer[]).map((r) => ({
      id: r,
      label: METHODS[r].label,
      optimizer: optimizerFromValues(r, values),
      schedule,
    })),
  };
}

/** The Code button's click (Playground.svelte): the figure's model, and the surface, parsed formula, start and schedule it runs (read whenever the panel redraws). */
export function open(
  button: HTMLButtonElement,
  model: WidgetState<typeof playgroundSchema>,
  state: () => readonly [Objective, Node | null, readonly number[], Schedule],
): void {
  toggleCode(button, model, () => playgroundCode(model.values, ...state()));
}
