import { defineSchema } from '~/state/schema';

/** Chapter 2: one gradient step on a single ReLU neuron (x = 2, y = 5, w = 3, b = 1). */
export const neuronSchema = defineSchema({
  lr: { kind: 'number', key: 'lr', label: 'Learning rate α', default: 0.1, min: 0.005, max: 0.3, step: 0.005, digits: 3, help: 'How far the one update moves w and b against their gradients.' },
});
