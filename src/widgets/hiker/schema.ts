import { defineSchema } from '~/state/schema';

/** Chapter 1: the blindfolded hiker on a 1-D trail. */
export const hikerSchema = defineSchema({
  start: { kind: 'number', key: 'x0', label: 'Start', default: 4.2, min: -4.5, max: 4.5, digits: 2, help: 'Where the hiker is dropped on the trail.' },
  lr: { kind: 'number', key: 'lr', label: 'Step size α', default: 0.3, min: 0.01, max: 1.5, scale: 'log', digits: 2, help: 'How far each step goes, per unit of slope.' },
});
