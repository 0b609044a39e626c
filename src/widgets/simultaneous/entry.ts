import { defineFigure } from '../figure-entry';
import { simultaneousSchema } from './schema';

export const entry = defineFigure({
  id: 'simultaneous',
  title: 'All at once, or one coordinate at a time',
  chapter: 2,
  figure: '2.4',
  description: 'Gradient descent (simultaneous update) against cyclic coordinate descent from the same start, with their loss curves.',
  schema: simultaneousSchema,
  presets: [
    { id: 'bowl', label: 'Tilted bowl', values: { surface: 'quadratic', start: [-2.5, 1.5], lr: 0.1, steps: 25 } },
    { id: 'himmelblau', label: 'Himmelblau', values: { surface: 'himmelblau', start: [-0.3, -0.9], lr: 0.01, steps: 40 } },
  ],
  height: 900,
});
