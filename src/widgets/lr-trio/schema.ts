import { defineSchema } from '~/state/schema';

/** Chapter 3: three learning rates on the same bowl, side by side. */
export const lrTrioSchema = defineSchema({
  small: { kind: 'number', key: 'a1', label: 'Left α', default: 1e-6, min: 1e-7, max: 10, scale: 'log', digits: 2, help: 'Learning rate of the left panel.' },
  good: { kind: 'number', key: 'a2', label: 'Middle α', default: 1e-3, min: 1e-7, max: 10, scale: 'log', digits: 2, help: 'Learning rate of the middle panel.' },
  large: { kind: 'number', key: 'a3', label: 'Right α', default: 10, min: 1e-7, max: 10, scale: 'log', digits: 2, help: 'Learning rate of the right panel.' },
});
