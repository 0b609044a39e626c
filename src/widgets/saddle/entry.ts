import { defineFigure } from '../figure-entry';
import { saddleSchema } from './schema';

export const entry = defineFigure({
  id: 'saddle',
  title: 'Saddles and plateaus: tiny gradient, tiny steps',
  chapter: 6,
  figure: '6.3',
  description: 'A path started near a saddle: the steps shrink as it approaches, then grow as it escapes; a step-length chart on a log scale.',
  schema: saddleSchema,
  presets: [
    { id: 'horse', label: 'Horse saddle, plain gradient descent', values: { surface: 'saddle', opt: 'gd', lr: 0.05, start: [-1.8, 0.02] } },
    { id: 'monkey', label: 'Monkey saddle: a plateau', values: { surface: 'monkey-saddle', opt: 'gd', lr: 0.05, start: [1.2, 0.01] } },
    { id: 'adam', label: 'Adam across the saddle', values: { surface: 'saddle', opt: 'adam', lr: 0.05, start: [-1.8, 0.02] } },
  ],
  height: 860,
});
