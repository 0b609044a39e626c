import { defineSchema } from '~/state/schema';

/** Chapter 3: the critical learning rate 2/L on a quadratic bowl. */
export const criticalLrSchema = defineSchema({
  L: { kind: 'number', key: 'L', label: 'Largest curvature L', default: 6, min: 1, max: 20, digits: 1, help: 'The largest eigenvalue of the Hessian: the steepest direction’s curvature.' },
  kappa: { kind: 'number', key: 'k', label: 'Condition number L/λₘᵢₙ', default: 3, min: 1, max: 20, digits: 1, help: 'How many times steeper the steep direction is than the flat one.' },
  lr: { kind: 'number', key: 'lr', label: 'Learning rate α', default: 0.05, min: 0.005, max: 2.5, scale: 'log', digits: 3, help: 'Step size; compare it with 1/L and 2/L.' },
});
