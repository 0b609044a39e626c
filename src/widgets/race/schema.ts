import { defineSchema } from '~/state/schema';

/** The racers, in the order the book introduces them. */
export const RACERS = [
  { value: 'sgd', label: 'SGD' },
  { value: 'momentum', label: 'Momentum' },
  { value: 'nesterov', label: 'Nesterov' },
  { value: 'adagrad', label: 'AdaGrad' },
  { value: 'rmsprop', label: 'RMSProp' },
  { value: 'adam', label: 'Adam' },
  { value: 'adamw', label: 'AdamW' },
] as const;
export type RacerId = (typeof RACERS)[number]['value'];

export const RACE_SURFACES = [
  { value: 'ravine', label: 'Ravine (ill-conditioned quadratic)' },
  { value: 'rosenbrock', label: 'Rosenbrock' },
  { value: 'beale', label: 'Beale' },
  { value: 'himmelblau', label: 'Himmelblau' },
  { value: 'saddle', label: 'Saddle' },
] as const;
export type RaceSurface = (typeof RACE_SURFACES)[number]['value'];

const lr = (key: string, label: string, def: number) =>
  ({ kind: 'number', key, label: `${label} lr`, default: def, min: 1e-4, max: 3, scale: 'log', digits: 3 }) as const;

/** Chapter 5: the optimizer race. */
export const raceSchema = defineSchema({
  surface: { kind: 'choice', key: 's', label: 'Surface', default: 'rosenbrock', choices: RACE_SURFACES },
  start: { kind: 'point', key: 'x0', label: 'Start', default: [-1.2, 1], domain: { x: [-5, 5], y: [-5, 5] }, digits: 2 },
  racers: { kind: 'list', key: 'on', label: 'Racers', default: ['sgd', 'momentum', 'adam'], choices: RACERS, minItems: 1 },
  steps: { kind: 'int', key: 'n', label: 'Steps', default: 1000, min: 50, max: 3000, step: 50 },
  lrSgd: lr('lrs', 'SGD', 0.002),
  lrMomentum: lr('lrm', 'Momentum', 0.001),
  muMomentum: { kind: 'number', key: 'mum', label: 'Momentum μ', default: 0.9, min: 0, max: 0.99, digits: 2 },
  lrNesterov: lr('lrn', 'Nesterov', 0.001),
  muNesterov: { kind: 'number', key: 'mun', label: 'Nesterov μ', default: 0.9, min: 0, max: 0.99, digits: 2 },
  lrAdagrad: lr('lrag', 'AdaGrad', 1),
  lrRmsprop: lr('lrr', 'RMSProp', 0.01),
  rho: { kind: 'number', key: 'rho', label: 'RMSProp smoothing (alpha)', default: 0.99, min: 0.5, max: 0.999, digits: 3 },
  lrAdam: lr('lra', 'Adam', 0.2),
  beta1: { kind: 'number', key: 'b1', label: 'Adam β₁', default: 0.9, min: 0, max: 0.99, digits: 2 },
  lrAdamw: lr('lraw', 'AdamW', 0.2),
  weightDecay: { kind: 'number', key: 'wd', label: 'AdamW weight decay λ', default: 0.01, min: 0, max: 0.5, digits: 3 },
});
