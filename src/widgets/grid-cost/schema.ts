import { defineSchema } from '~/state/schema';

/** Chapter 1: how many loss evaluations brute force needs, against gradient descent. */
export const gridCostSchema = defineSchema({
  d: { kind: 'int', key: 'd', label: 'Parameters d', default: 2, min: 1, max: 1000, help: 'How many weights the model has (slider on a log scale).' },
  k: { kind: 'int', key: 'k', label: 'Values tried per parameter k', default: 10, min: 2, max: 100, help: 'Grid resolution along each axis.' },
  steps: {
    kind: 'choice',
    key: 'T',
    label: 'Gradient-descent steps',
    default: '1000',
    choices: [
      { value: '100', label: '100 steps' },
      { value: '1000', label: '1,000 steps' },
      { value: '100000', label: '100,000 steps' },
      { value: '1000000', label: '1,000,000 steps' },
    ],
    help: 'A generous budget for gradient descent; it does not grow with d.',
  },
});
