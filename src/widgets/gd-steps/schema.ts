import { himmelblau, quadratic, rosenbrock } from '~/core/objectives';
import type { Objective } from '~/core/types';
import { defineSchema } from '~/state/schema';

/** Surfaces offered in chapter 2's step-by-step figures. */
export const STEP_SURFACES = [
  { value: 'quadratic', label: 'Tilted bowl (quadratic)' },
  { value: 'himmelblau', label: 'Himmelblau (four minima)' },
  { value: 'rosenbrock', label: 'Rosenbrock (banana valley)' },
] as const;

export type StepSurface = (typeof STEP_SURFACES)[number]['value'];

/** The surfaces themselves (imported by name, so a page loads only these, not the whole registry). */
export const STEP_OBJECTIVES: Readonly<Record<StepSurface, Objective>> = { quadratic, himmelblau, rosenbrock };

/** A sensible start and learning rate for each surface, used when the reader picks it. */
export const STEP_DEFAULTS: Readonly<Record<StepSurface, { start: [number, number]; lr: number }>> = {
  quadratic: { start: [-2.5, 1.5], lr: 0.1 },
  himmelblau: { start: [-0.3, -0.9], lr: 0.01 },
  rosenbrock: { start: [-1.2, 1], lr: 0.002 },
};

/** Chapter 2: gradient descent one step at a time, with the update written out. */
export const gdStepsSchema = defineSchema({
  surface: { kind: 'choice', key: 'f', label: 'Surface', default: 'quadratic', choices: STEP_SURFACES, help: 'The loss surface to descend.' },
  start: { kind: 'point', key: 's', label: 'Start', default: [-2.5, 1.5], domain: { x: [-5, 5], y: [-5, 5] }, digits: 2, help: 'Where the descent begins (kept inside the shown surface).' },
  lr: { kind: 'number', key: 'lr', label: 'Learning rate α', default: 0.1, min: 0.0001, max: 1, scale: 'log', digits: 2, help: 'Step size per unit of gradient.' },
  steps: { kind: 'int', key: 'n', label: 'Steps', default: 30, min: 1, max: 500, help: 'How many updates to compute.' },
});
