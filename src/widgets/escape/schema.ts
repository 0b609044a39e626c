import { dippedSlope } from '~/core/objectives/dipped-slope';
import { defineSchema } from '~/state/schema';

/** Chapter 6: plain GD stuck in a shallow dip; momentum carries through; gradient noise shakes it out. */
export const escapeSchema = defineSchema({
  lr: { kind: 'number', key: 'lr', label: 'Learning rate α', default: 0.05, min: 0.01, max: 0.3, scale: 'log', digits: 2 },
  beta: { kind: 'number', key: 'b', label: 'Momentum β', default: 0.9, min: 0, max: 0.98, digits: 2, help: 'Momentum run (EMA form).' },
  sigma: { kind: 'number', key: 'sd', label: 'Gradient noise σ', default: 2, min: 0, max: 4, digits: 1, help: 'Noisy run: standard deviation added to each gradient component (smaller batches, more noise).' },
  seed: { kind: 'int', key: 'seed', label: 'Noise seed', default: 1, min: 1, max: 999 },
  start: { kind: 'point', key: 's', label: 'Start', default: [-2.6, 1], domain: dippedSlope.domain, digits: 2 },
});
