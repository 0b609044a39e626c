/**
 * The surfaces chapter 2's two step-by-step figures share (gd-steps and
 * simultaneous): their menu, the objectives, and a start and learning rate for each.
 */
import { himmelblau, quadratic, rosenbrock } from '~/core/objectives';
import type { Objective } from '~/core/types';

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
