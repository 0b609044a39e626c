/**
 * The code generator's input for a figure that runs optimizers on one of the
 * book's surfaces from one start (loaded with the Code panel, never with a
 * figure): the surface's formula (core/codegen's table, or a quadratic's
 * Hessian), and the runs as the figure makes them.
 *
 *   figureRuns(twoWell, start, 150, { gradNorm: 1e-6, bound: 50 }, [{ id: 'gd', label: 'Gradient descent', optimizer: { id: 'gd', params: { lr } } }]);
 */
import { formulaOf, type CodeRun } from "~/core/codegen";
import type { Objective, StopCriteria } from "~/core";
import type { CodeInput } from "../primitives/code-source";

export function figureRuns(
  objective: Objective,
  start: readonly number[],
  steps: number,
  stop: StopCriteria,
  runs: readonly CodeRun[],
  note?: string,
): CodeInput {
  const formula = formulaOf(objective);
  if (!formula) throw new Error(`no formula for the surface ${objective.id}`);
  return {
    formula,
    objective,
    start,
    steps,
    stop,
    runs,
    ...(note ? { note } : {}),
  };
}

/** One gradient-descent run at learning rate `lr`. */
export const gdRun = (lr: number): CodeRun => ({
  id: "gd",
  label: "Gradient descent",
  optimizer: { id: "gd", params: { lr } },
});
