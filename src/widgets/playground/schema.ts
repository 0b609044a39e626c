import { parseExpression } from '~/core/expr';
import type { Objective } from '~/core';
import { beale, booth, himmelblau, matyas, monkeySaddle, quadratic, rastrigin, rosenbrock, saddle, sixHumpCamel, twoWell } from '~/core/objectives';
import { defineSchema } from '~/state/schema';
import { menuChoices } from '../shared/optimizers';
import { controlSpecs } from '../shared/optimizer-sliders';
import { RACE_METHODS } from '../race/schema';

/** The optimizers a reader can race: the same set as chapter 5's race. */
export const PLAYGROUND_METHODS = RACE_METHODS;
export type PlaygroundRacer = (typeof PLAYGROUND_METHODS)[number];

/** Your own formula, or any built-in 2-D surface of the book. */
export const PLAYGROUND_SURFACES = [
  { value: 'custom', label: 'My function f(x, y)' },
  { value: 'quadratic', label: 'Tilted bowl (quadratic)' },
  { value: 'rosenbrock', label: 'Rosenbrock' },
  { value: 'beale', label: 'Beale' },
  { value: 'himmelblau', label: 'Himmelblau' },
  { value: 'booth', label: 'Booth' },
  { value: 'matyas', label: 'Matyas' },
  { value: 'saddle', label: 'Saddle' },
  { value: 'monkey-saddle', label: 'Monkey saddle' },
  { value: 'two-well', label: 'Two wells' },
  { value: 'rastrigin', label: 'Rastrigin' },
  { value: 'six-hump-camel', label: 'Six-hump camel' },
] as const;
export type PlaygroundSurface = (typeof PLAYGROUND_SURFACES)[number]['value'];

/**
 * The built-in surfaces on the menu, imported by name: core's registry of every
 * surface would bring the volcano's elevation grid (3 KB gzipped), which the
 * playground does not offer.
 */
export const PLAYGROUND_OBJECTIVES: Readonly<Record<Exclude<PlaygroundSurface, 'custom'>, Objective>> = {
  quadratic,
  rosenbrock,
  beale,
  himmelblau,
  booth,
  matyas,
  saddle,
  'monkey-saddle': monkeySaddle,
  'two-well': twoWell,
  rastrigin,
  'six-hump-camel': sixHumpCamel,
};

/** Learning-rate schedules applied to every racer (chapter 3). */
export const PLAYGROUND_SCHEDULES = [
  { value: 'constant', label: 'Constant' },
  { value: 'step', label: 'Step decay (×0.3 every quarter)' },
  { value: 'exponential', label: 'Exponential (to 1% at the end)' },
  { value: 'inverse-time', label: '1/t decay' },
  { value: 'cosine', label: 'Cosine annealing' },
  { value: 'cosine-restarts', label: 'Warm restarts (4 cycles)' },
  { value: 'linear-warmup', label: 'Linear warm-up (first 10%)' },
] as const;
export type PlaygroundSchedule = (typeof PLAYGROUND_SCHEDULES)[number]['value'];

/** The longest formula a link may carry. */
export const PLAYGROUND_MAX_SOURCE = 300;

/** The playground: any surface (or your own), any optimizers, any hyperparameters and schedule. */
export const playgroundSchema = defineSchema({
  surface: { kind: 'choice', key: 's', label: 'Surface', default: 'custom', choices: PLAYGROUND_SURFACES },
  source: {
    kind: 'string',
    key: 'f',
    label: 'f(x, y) =',
    default: 'x^2/4 + y^2 + sin(2x)*sin(2y)/2',
    maxLength: PLAYGROUND_MAX_SOURCE,
    check: (text) => {
      const r = parseExpression(text);
      return r.ok ? null : `not a formula that can be drawn (${r.error.message}); the editor shows where, and the default surface is drawn meanwhile`;
    },
    help: 'Your own surface in the safe expression language: + - * / ^, x, y, pi, e, sin cos tan exp log sqrt abs tanh min max.',
  },
  range: { kind: 'number', key: 'r', label: 'Plot half-width', default: 3, min: 0.5, max: 50, scale: 'log', digits: 2, help: 'Your function is drawn on [−r, r] × [−r, r].' },
  start: { kind: 'point', key: 'x0', label: 'Start', default: [2.4, 1.5], domain: { x: [-50, 50], y: [-50, 50] }, digits: 2 },
  racers: { kind: 'list', key: 'on', label: 'Optimizers', default: ['sgd', 'momentum', 'adam'], choices: menuChoices(PLAYGROUND_METHODS), minItems: 1 },
  steps: { kind: 'int', key: 'n', label: 'Steps', default: 300, min: 10, max: 3000, step: 10 },
  schedule: { kind: 'choice', key: 'sch', label: 'Schedule', default: 'constant', choices: PLAYGROUND_SCHEDULES },
  // Every slider over core's full range.
  ...controlSpecs(PLAYGROUND_METHODS, { lr: { sgd: 0.05, momentum: 0.02, nesterov: 0.02, adagrad: 0.5, rmsprop: 0.02, adam: 0.1, adamw: 0.1 } }),
});
