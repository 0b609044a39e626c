import { defineSchema } from '~/state/schema';

/** Chapter 4: a straight line fitted to the penguins by gradient descent on J(a, b). */
export const regressionSchema = defineSchema({
  start: { kind: 'point', key: 'p0', label: 'Start (a, b)', default: [-1.2, 1.6], domain: { x: [-1.5, 2.5], y: [-2, 2] }, digits: 2, help: 'The slope and intercept the descent starts from.' },
  lr: { kind: 'number', key: 'lr', label: 'Learning rate α', default: 0.1, min: 0.01, max: 1.2, scale: 'log', digits: 2, help: 'Step size; on this bowl 2/L = 1.' },
});
