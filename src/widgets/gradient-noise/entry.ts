import { defineFigure } from '../figure-entry';
import { gradientNoiseSchema } from './schema';

export const entry = defineFigure({
  id: 'gradient-noise',
  title: 'Gradient noise shrinks with the batch',
  chapter: 4,
  figure: '4.4',
  description: 'Mini-batch gradients scattered around the full gradient, and their spread against B with the 1/√B law.',
  schema: gradientNoiseSchema,
  presets: [
    { id: 'sgd', label: 'B = 1', values: { batch: 1 } },
    { id: 'b64', label: 'B = 64', values: { batch: 64 } },
  ],
  height: 750,
});
