import { defineSchema } from '~/state/schema';

/** Chapter 5: Nesterov's look-ahead against classical momentum, step by step. */
export const nesterovSchema = defineSchema({
  lr: { kind: 'number', key: 'lr', label: 'Learning rate η', default: 0.03, min: 0.001, max: 0.2, scale: 'log', digits: 2 },
  momentum: { kind: 'number', key: 'mu', label: 'Momentum μ', default: 0.9, min: 0, max: 0.99, digits: 2 },
  classical: { kind: 'boolean', key: 'cl', label: 'Show classical momentum', default: true },
});
