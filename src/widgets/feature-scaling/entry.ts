import { defineFigure } from '../figure-entry';
import { featureScalingSchema } from './schema';

export const entry = defineFigure({
  id: 'feature-scaling',
  title: 'Feature scaling: valley or bowl',
  chapter: 4,
  figure: '4.2',
  description: 'The penguin fit in raw units (a thin valley) and in standard units (a round bowl), same fraction of 2/L, same steps.',
  schema: featureScalingSchema,
  presets: [
    { id: 'no-zigzag', label: 'α = 0.45 · 2/L', values: { fraction: 0.45 } },
    { id: 'long', label: '200 steps', values: { steps: 200 } },
  ],
  height: 800,
});
