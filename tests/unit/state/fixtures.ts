import { defineSchema } from '~/state/schema';

/** A schema with one parameter of every kind, shaped like a real widget's. */
export const schema = defineSchema({
  lr: { kind: 'number', key: 'lr', label: 'Learning rate', default: 0.01, min: 0.0001, max: 1, scale: 'log', digits: 2 },
  momentum: { kind: 'number', key: 'm', label: 'Momentum', default: 0.9, min: 0, max: 0.999, digits: 3 },
  steps: { kind: 'int', key: 'n', label: 'Steps', default: 100, min: 1, max: 1000, unit: 'steps' },
  grid: { kind: 'boolean', key: 'grid', label: 'Show arrows', default: false },
  opt: {
    kind: 'choice',
    key: 'opt',
    label: 'Optimizer',
    default: 'adam',
    choices: [
      { value: 'gd', label: 'Gradient descent' },
      { value: 'momentum', label: 'Momentum' },
      { value: 'adam', label: 'Adam' },
    ],
  },
  start: { kind: 'point', key: 'x0', label: 'Start', default: [-1.5, 2], domain: { x: [-2, 2], y: [-1, 3] }, digits: 2 },
  source: { kind: 'string', key: 'f', label: 'Custom function', default: 'x^2 + y^2', maxLength: 200 },
  runs: {
    kind: 'list',
    key: 'runs',
    label: 'Runs',
    default: ['gd', 'adam'],
    choices: [
      { value: 'gd', label: 'GD' },
      { value: 'momentum', label: 'Momentum' },
      { value: 'rmsprop', label: 'RMSProp' },
      { value: 'adam', label: 'Adam' },
    ],
    minItems: 1,
    maxItems: 3,
  },
});

export type Fixture = typeof schema;
