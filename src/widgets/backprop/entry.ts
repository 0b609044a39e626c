import { defineFigure } from '../figure-entry';
import { backpropSchema } from './schema';

export const entry = defineFigure({
  id: 'backprop',
  title: 'Backpropagation through two layers',
  chapter: 7,
  figure: '7.1',
  description: 'The chain rule on a 2-layer network with one hidden unit: every forward value and every gradient on a computation graph, and one update.',
  schema: backpropSchema,
  presets: [
    { id: 'worked', label: 'The worked example: loss 4 → 0.16', values: { lr: 0.05 } },
    { id: 'overshoot', label: 'α = 0.1 overshoots (4 → 12.96)', values: { lr: 0.1 } },
    { id: 'dead-relu', label: 'A switched-off ReLU', values: { b1: -3 } },
  ],
  height: 900,
});
