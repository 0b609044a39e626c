import { defineSchema } from '~/state/schema';
import { menuChoices } from '../shared/optimizers';

/** Chapter 7's toy data sets, easiest first. */
export const NETWORK_DATA = [
  { value: 'blobs', label: 'Two blobs' },
  { value: 'xor', label: 'XOR' },
  { value: 'circles', label: 'Circles' },
  { value: 'moons', label: 'Moons' },
  { value: 'spiral', label: 'Spiral' },
] as const;

/** The optimizers of chapter 5 a network can be trained with, each at its own defaults (momentum's μ = 0.9, AdamW's ω = 0.01). */
export const NETWORK_METHODS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw'] as const;
export type NetworkOptimizer = (typeof NETWORK_METHODS)[number];

/** Chapter 7: train a small network on a 2-D toy classification set. */
export const networkSchema = defineSchema({
  data: { kind: 'choice', key: 'd', label: 'Data set', default: 'circles', choices: NETWORK_DATA, help: '200 seeded points in two classes.' },
  noise: { kind: 'number', key: 'nz', label: 'Noise', default: 0.1, min: 0, max: 0.5, step: 0.01, digits: 2, help: 'Standard deviation of the jitter added to every point.' },
  layers: { kind: 'int', key: 'L', label: 'Hidden layers', default: 1, min: 1, max: 3, help: 'How many hidden layers between input and output.' },
  units: { kind: 'int', key: 'h', label: 'Units per hidden layer', default: 4, min: 1, max: 16, help: 'Width of every hidden layer.' },
  activation: {
    kind: 'choice',
    key: 'act',
    label: 'Activation',
    default: 'tanh',
    choices: [
      { value: 'relu', label: 'ReLU' },
      { value: 'tanh', label: 'tanh' },
      { value: 'sigmoid', label: 'sigmoid' },
    ],
  },
  optimizer: { kind: 'choice', key: 'opt', label: 'Optimizer', default: 'adam', choices: menuChoices(NETWORK_METHODS, 'preset') },
  lr: { kind: 'number', key: 'lr', label: 'Learning rate', default: 0.03, min: 1e-4, max: 3, scale: 'log', digits: 2, help: 'The optimizer’s lr (PyTorch’s name).' },
  batchSize: { kind: 'int', key: 'bs', label: 'Batch size', default: 16, min: 1, max: 200, help: '1 is stochastic, 200 is full-batch gradient descent.' },
  seed: { kind: 'int', key: 'seed', label: 'Seed', default: 1, min: 1, max: 999, help: 'Seeds the data, the initial weights and the batches: same seed, same run.' },
  steps: { kind: 'int', key: 't', label: 'Train for', default: 0, min: 0, max: 5000, step: 50, unit: 'steps', help: 'Steps to train at once when the figure opens (a link can carry a trained network).' },
});
