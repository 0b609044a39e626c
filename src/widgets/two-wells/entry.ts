import { defineFigure } from '../figure-entry';
import { twoWellsSchema } from './schema';

export const entry = defineFigure({
  id: 'two-wells',
  title: 'Two wells: the start decides',
  chapter: 6,
  figure: '6.1',
  description: 'Gradient descent on a surface with a deep and a shallow well ends in whichever well its start drains into; a side view shows the negative gradient.',
  schema: twoWellsSchema,
  presets: [
    { id: 'worse-well', label: 'Start near (1.6, 0): the worse well', values: { start: [1.6, 0], lr: 0.05 } },
    { id: 'better-well', label: 'Start left of the saddle: the global minimum', values: { start: [-0.5, 0.8], lr: 0.05 } },
    { id: 'hop', label: 'Long steps hop over the saddle', values: { start: [1.6, 0], lr: 0.15 } },
  ],
  height: 900,
});
