import { defineFigure } from '../figure-entry';
import { stoppingSchema } from './schema';

export const entry = defineFigure({
  id: 'stopping',
  title: 'Stopping rules',
  chapter: 3,
  figure: '3.3',
  description: 'A tolerance on the loss change, a tolerance on the gradient norm and patience each end the same run somewhere.',
  schema: stoppingSchema,
  presets: [
    { id: 'clean', label: 'No noise', values: { noise: 0 } },
    { id: 'noisy', label: 'Noisy gradients', values: { noise: 0.1 } },
    { id: 'strict', label: 'Strict tolerances', values: { lossTol: 1e-7, gradTol: 1e-4, patience: 30 } },
  ],
  height: 900,
});
