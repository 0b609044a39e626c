import { defineFigure } from '../figure-entry';
import { gridCostSchema } from './schema';

export const entry = defineFigure({
  id: 'grid-cost',
  title: 'The price of trying everything',
  chapter: 1,
  figure: '1.3',
  description: 'Grid points k^d needed by brute force as the number of parameters d grows, against the cost of gradient descent.',
  schema: gridCostSchema,
  presets: [
    { id: 'two', label: '2 parameters', values: { d: 2, k: 10 } },
    { id: 'ten', label: '10 parameters', values: { d: 10, k: 10 } },
    { id: 'thousand', label: '1000 parameters', values: { d: 1000, k: 10 } },
  ],
  height: 560,
});
