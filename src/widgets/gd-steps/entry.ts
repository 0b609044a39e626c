import { defineFigure } from '../figure-entry';
import { gdStepsSchema } from './schema';

export const entry = defineFigure({
  id: 'gd-steps',
  title: 'Gradient descent, one step at a time',
  chapter: 2,
  figure: '2.2',
  description: 'Step forward and back through gradient descent on a 2-D surface, with the update written out and step lengths tabulated.',
  schema: gdStepsSchema,
  presets: [
    { id: 'bowl', label: 'Tilted bowl', values: { surface: 'quadratic', start: [-2.5, 1.5], lr: 0.1, steps: 30 } },
    { id: 'himmelblau', label: 'Himmelblau', values: { surface: 'himmelblau', start: [-0.3, -0.9], lr: 0.01, steps: 60 } },
    { id: 'banana', label: 'Rosenbrock, slow', values: { surface: 'rosenbrock', start: [-1.2, 1], lr: 0.002, steps: 500 } },
    { id: 'too-far', label: 'Bowl, α too large', values: { surface: 'quadratic', start: [-2.5, 1.5], lr: 0.25, steps: 30 } },
  ],
  height: 1100,
});
