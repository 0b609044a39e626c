import { defineFigure } from '../figure-entry';
import { basinsSchema } from './schema';

export const entry = defineFigure({
  id: 'basins',
  title: 'Basins of attraction',
  chapter: 6,
  figure: '6.2',
  description: 'Every start on a grid coloured by the minimum it ends in, for gradient descent, momentum or Adam; computed in a worker.',
  schema: basinsSchema,
  presets: [
    { id: 'himmelblau-gd', label: 'Himmelblau, gradient descent', values: { surface: 'himmelblau', opt: 'gd', lr: 0.01 } },
    { id: 'two-well-momentum', label: 'Two wells, momentum: striped basins', values: { surface: 'two-well', opt: 'momentum', lr: 0.05, probe: [1.6, 0] } },
    { id: 'camel-adam', label: 'Six-hump camel, Adam', values: { surface: 'six-hump-camel', opt: 'adam', lr: 0.05 } },
  ],
  height: 980,
});
