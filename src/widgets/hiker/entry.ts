import { defineFigure } from '../figure-entry';
import { hikerSchema } from './schema';

export const entry = defineFigure({
  id: 'hiker',
  title: 'The blindfolded hiker',
  chapter: 1,
  figure: '1.1',
  description: 'A hiker on a 1-D trail feels only the slope underfoot and steps against it.',
  schema: hikerSchema,
  presets: [
    { id: 'local-dip', label: 'Stuck in a dip', values: { start: 3.5, lr: 0.1 } },
    { id: 'overshoot', label: 'Steps too long', values: { start: 4.2, lr: 1.2 } },
  ],
  height: 620,
});
