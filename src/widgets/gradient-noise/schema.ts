import { defineSchema } from '~/state/schema';

/** Chapter 4: the spread of mini-batch gradients around the full gradient. */
export const gradientNoiseSchema = defineSchema({
  batch: { kind: 'int', key: 'B', label: 'Batch size B', default: 8, min: 1, max: 342, help: 'Samples per mini-batch gradient.' },
  seed: { kind: 'int', key: 'seed', label: 'Seed', default: 3, min: 1, max: 999, help: 'Which random batches are drawn.' },
});
