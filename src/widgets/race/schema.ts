import { defineSchema } from '~/state/schema';
import { menuChoices } from '../shared/optimizers';
import { controlSpecs } from '../shared/optimizer-sliders';

/** The racers, in the order the book introduces them (the catalogue's labels, colours and sliders). */
export const RACE_METHODS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw'] as const;
export type RacerId = (typeof RACE_METHODS)[number];

export const RACE_SURFACES = [
  { value: 'ravine', label: 'Ravine (ill-conditioned quadratic)' },
  { value: 'rosenbrock', label: 'Rosenbrock' },
  { value: 'beale', label: 'Beale' },
  { value: 'himmelblau', label: 'Himmelblau' },
  { value: 'saddle', label: 'Saddle' },
] as const;
export type RaceSurface = (typeof RACE_SURFACES)[number]['value'];

/** Chapter 5: the optimizer race. */
export const raceSchema = defineSchema({
  surface: { kind: 'choice', key: 's', label: 'Surface', default: 'rosenbrock', choices: RACE_SURFACES },
  start: { kind: 'point', key: 'x0', label: 'Start', default: [-1.2, 1], domain: { x: [-5, 5], y: [-5, 5] }, digits: 2 },
  racers: { kind: 'list', key: 'on', label: 'Racers', default: ['sgd', 'momentum', 'adam'], choices: menuChoices(RACE_METHODS), minItems: 1 },
  steps: { kind: 'int', key: 'n', label: 'Steps', default: 1000, min: 50, max: 3000, step: 50 },
  // Learning rates that work on Rosenbrock, the first surface; narrower ranges than the playground's.
  ...controlSpecs(RACE_METHODS, {
    lr: { sgd: 0.002, momentum: 0.001, nesterov: 0.001, adagrad: 1, rmsprop: 0.01, adam: 0.2, adamw: 0.2 },
    omit: ['beta2'],
    tweak: { lr: { min: 1e-4, max: 3 }, momentum: { max: 0.99, digits: 2 }, beta1: { max: 0.99, digits: 2 }, weightDecay: { max: 0.5 } },
  }),
});
