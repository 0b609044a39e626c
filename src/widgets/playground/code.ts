/**
 * The playground's state as the code generator's input (loaded with the Code
 * panel, never with the figure): a built-in surface's formula, or the
 * reader's own formula as its parsed tree (never its text), the start, every
 * racer's optimizer from its sliders, the schedule and the stopping rule.
 */
import { expressionFormula, formulaOf } from '~/core/codegen';
import type { Node } from '~/core/expr';
import type { Objective, Schedule, StopCriteria } from '~/core';
import type { Values } from '~/state/schema';
import type { CodeInput } from '../primitives/code-source';
import { METHODS } from '../shared/optimizers';
import { optimizerFromValues } from '../shared/optimizer-sliders';
import type { playgroundSchema, PlaygroundRacer } from './schema';

export interface PlaygroundCodeState {
  readonly values: Values<typeof playgroundSchema>;
  readonly objective: Objective;
  /** The reader's formula as the figure parsed it (null on a built-in surface). */
  readonly ast: Node | null;
  readonly start: readonly [number, number];
  readonly schedule: Schedule;
  readonly stop: StopCriteria;
}

export function playgroundCode(s: PlaygroundCodeState): CodeInput {
  const formula = s.ast ? expressionFormula(s.ast) : formulaOf(s.objective);
  if (!formula) throw new Error(`playground: no formula for ${s.objective.id}`);
  return {
    formula,
    objective: s.objective,
    start: s.start,
    steps: s.values.steps,
    stop: s.stop,
    runs: (s.values.racers as readonly PlaygroundRacer[]).map((r) => ({
      id: r,
      label: METHODS[r].label,
      optimizer: optimizerFromValues(r, s.values),
      schedule: s.schedule,
    })),
  };
}
