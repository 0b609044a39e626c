/**
 * The race's state as the code generator's input (loaded with the Code panel,
 * never with the figure): the surface's formula, the shared start, each
 * racer's optimizer from its sliders (the catalogue's, as the figure builds
 * them) and the figure's stopping rule.
 */
import { formulaOf, quadraticFormula } from "~/core/codegen";
import type { Objective, StopCriteria } from "~/core";
import type { Values } from "~/state/schema";
import type { WidgetState } from "~/state/widget-state.svelte";
import type { CodeInput } from "../primitives/code-source";
import { toggleCode } from "../primitives/code-tool";
import { METHODS } from "../shared/optimizers";
import { optimizerFromValues } from "../shared/optimizer-sliders";
import type { raceSchema, RacerId } from "./schema";

/**
 * The figure's stopping rule: converged at a vanishing gradient; diverged far
 * away, or on the saddle once it leaves the plot (escaping). Race.svelte runs
 * with the same rule, written inline there (a shared function would cost the
 * figure's page bytes); tests/unit/codegen/figures.test.ts holds the two equal.
 */
export const raceStop = (saddle: boolean): StopCriteria => ({
  gradNorm: 1e-8,
  bound: saddle ? 2 : 1e6,
});

/** The figure's values, its surface and the (clamped) start. */
export function raceCode(
  values: Values<typeof raceSchema>,
  objective: Objective,
  start: readonly number[],
): CodeInput {
  const stop = raceStop(values.surface === "saddle");
  const formula =
    values.surface === "ravine"
      ? quadraticFormula(objective)
      : formulaOf(objective);
  if (!formula) throw new Error(`race: no formula for ${objective.id}`);
  return {
    formula,
    objective,
    start,
    steps: values.steps,
    stop,
    runs: (values.racers as readonly RacerId[]).map((r) => ({
      id: r,
      label: METHODS[r].label,
      optimizer: optimizerFromValues(r, values),
    })),
  };
}

/** The Code button's click (Race.svelte): the figure's model, and its surface and start as it runs them (read whenever the panel redraws). */
export function open(
  button: HTMLButtonElement,
  model: WidgetState<typeof raceSchema>,
  state: () => readonly [Objective, readonly number[]],
): void {
  toggleCode(button, model, () => raceCode(model.values, ...state()));
}
