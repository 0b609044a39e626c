import { defineFigure } from '../figure-entry';
import { networkSchema } from './schema';

export const entry = defineFigure({
  id: 'network',
  title: 'Train a network',
  chapter: 7,
  figure: '7.2',
  description: 'A small network trained in the browser on a 2-D toy data set: decision regions, loss curve, gradient size per layer; any optimizer, batch size and seed.',
  schema: networkSchema,
  presets: [
    { id: 'circles-trained', label: 'Circles, trained 400 steps', values: { data: 'circles', steps: 400 } },
    { id: 'two-units', label: 'Circles with 2 hidden units (too few)', values: { data: 'circles', units: 2, steps: 1500 } },
    { id: 'xor-sgd', label: 'XOR with plain SGD', values: { data: 'xor', optimizer: 'sgd', lr: 0.3, steps: 1000 } },
    { id: 'spiral', label: 'Spiral, 3 × 16 ReLU', values: { data: 'spiral', layers: 3, units: 16, activation: 'relu', lr: 0.01, noise: 0.02 } },
  ],
  height: 1100,
});
