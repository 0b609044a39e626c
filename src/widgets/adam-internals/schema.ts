import { defineSchema } from '~/state/schema';

/** Chapter 5: Adam step by step, with m, v, m-hat and v-hat live, and bias correction on or off. */
export const adamInternalsSchema = defineSchema({
  lr: { kind: 'number', key: 'lr', label: 'Learning rate α', default: 0.1, min: 0.001, max: 1, scale: 'log', digits: 2 },
  beta1: { kind: 'number', key: 'b1', label: 'β₁', default: 0.9, min: 0, max: 0.99, digits: 3 },
  beta2: { kind: 'number', key: 'b2', label: 'β₂', default: 0.999, min: 0.9, max: 0.9999, digits: 4 },
  biasCorrection: { kind: 'boolean', key: 'bc', label: 'Bias correction', default: true },
  coord: { kind: 'choice', key: 'c', label: 'Formula for', default: 'x', choices: [{ value: 'x', label: 'x (gentle)' }, { value: 'y', label: 'y (steep)' }] },
});
