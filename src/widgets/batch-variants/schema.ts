import { defineSchema } from '~/state/schema';

/** Chapter 4: batch, mini-batch and stochastic gradient descent on the same loss. */
export const batchVariantsSchema = defineSchema({
  batch: { kind: 'int', key: 'B', label: 'Mini-batch size B', default: 32, min: 2, max: 171, help: 'Samples averaged per update in the mini-batch run.' },
  lr: { kind: 'number', key: 'lr', label: 'Learning rate α', default: 0.05, min: 0.005, max: 0.5, scale: 'log', digits: 2, help: 'The same for all three runs.' },
  epochs: { kind: 'int', key: 'ep', label: 'Epochs', default: 2, min: 1, max: 10, help: 'Passes over the 342 penguins.' },
  decay: { kind: 'boolean', key: 'd', label: 'Decay α (1/t)', default: false, help: 'Shrink the learning rate like 1/(1 + t/k) with k = one epoch of updates.' },
  seed: { kind: 'int', key: 'seed', label: 'Shuffle seed', default: 7, min: 1, max: 999, help: 'The same seed gives the same batches, so a link replays the same noise.' },
});
