import { defineFigure } from '../figure-entry';
import { neuronSchema } from './schema';

export const entry = defineFigure({
  id: 'neuron',
  title: 'One neuron, one step, by hand',
  chapter: 2,
  figure: '2.3',
  description: 'Forward pass, loss, gradients and one update of a single ReLU neuron (x = 2, y = 5, w = 3, b = 1), with α adjustable.',
  schema: neuronSchema,
  presets: [
    { id: 'exact', label: 'α = 0.1: loss 4 → 0', values: { lr: 0.1 } },
    { id: 'short', label: 'α = 0.05: too short', values: { lr: 0.05 } },
    { id: 'overshoot', label: 'α = 0.2: overshoots', values: { lr: 0.2 } },
  ],
  height: 1000,
});
