/**
 * The race's state as the code generator's input (loaded with the Code panel,
 * never with the figure): the surface's formula, the shared start, each
 * racer's optimizer from its sliders (the catalogue's, as the figure builds
 * them) and the figure's stopping rule.
 */
import { formulaOf, quadraticFormula } from '~/core/codegen';
import type { Objective, StopCriteria } from '~/core';
import type { Values } from '~/state/schema';
import type { CodeInput } from '../primitives/code-source';
import { METHODS } from '../shared/optimizers';
import { optimizerFromValues } from '../shared/optimizer-sliders';
import type { raceSchema, RacerId } from './schema';

export interface RaceCodeState {
  readonly values: Values<typeof raceSchema>;
  readonly objective: Objective;
  readonly start: readonly [number, number];
  /** The figure's stopping rule (its bound is 2 on the saddle: leaving the plot is escaping). */
  readonly stop: StopCriteria;
}

export function raceCode(s: RaceCodeState): CodeInput {
  const formula = s.values.surface === 'ravine' ? quadraticFormula(s.objective) : formulaOf(s.objective);
  if (!formula) throw new Error(`race: no formula for ${s.objective.id}`);
  return {
    formula,
    objective: s.objective,
    start: s.start,
    steps: s.values.steps,
    stop: s.stop,
    runs: (s.values.racers as readonly RacerId[]).map((r) => ({ id: r, label: METHODS[r].label, optimizer: optimizerFromValues(r, s.values) })),
  };
}
