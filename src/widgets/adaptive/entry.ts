import { defineFigure } from '../figure-entry';
import { adaptiveSchema } from './schema';

export const entry = defineFigure({
  id: 'adaptive',
  title: 'AdaGrad and RMSProp: a step size per coordinate',
  chapter: 5,
  figure: '5.4',
  description: 'Per-coordinate effective learning rates under noisy, sparse gradients: AdaGrad’s shrink for ever, RMSProp’s level off; the rare feature keeps a larger AdaGrad step.',
  schema: adaptiveSchema,
  presets: [
    { id: 'noisy-sparse', label: 'Noisy gradients, sparse y', values: { noise: 1, density: 0.2 } },
    { id: 'exact', label: 'Exact gradients', values: { noise: 0, density: 1 } },
    { id: 'dense-noisy', label: 'Noisy, dense', values: { noise: 1.5, density: 1 } },
  ],
  height: 1050,
});
