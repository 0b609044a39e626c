import { defineFigure } from '../figure-entry';
import { batchVariantsSchema } from './schema';

export const entry = defineFigure({
  id: 'batch-variants',
  title: 'Batch, mini-batch and stochastic',
  chapter: 4,
  figure: '4.3',
  description: 'Batch, mini-batch and stochastic gradient descent from one start with one seed: paths, loss per epoch, updates counted.',
  schema: batchVariantsSchema,
  presets: [
    { id: 'decay', label: 'SGD with a decaying α', values: { decay: true, epochs: 5 } },
    { id: 'large-lr', label: 'Large α: SGD jitters', values: { lr: 0.3, epochs: 3 } },
    { id: 'small-batch', label: 'B = 4', values: { batch: 4 } },
  ],
  height: 950,
});
