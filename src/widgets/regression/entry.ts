import { defineFigure } from '../figure-entry';
import { regressionSchema } from './schema';

export const entry = defineFigure({
  id: 'regression',
  title: 'Fitting a line by walking downhill',
  chapter: 4,
  figure: '4.1',
  description: 'Penguins: the scatter with the current line beside the contour map of J(a, b) with negative-gradient arrows; the closed-form answer marked.',
  schema: regressionSchema,
  presets: [
    { id: 'one-step', label: 'α = 1/L: one step', values: { lr: 0.5 } },
    { id: 'slow', label: 'Small α', values: { lr: 0.02 } },
    { id: 'diverge', label: 'α above 2/L', values: { lr: 1.05 } },
  ],
  height: 900,
});
