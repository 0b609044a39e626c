import { defineFigure } from '../figure-entry';
import { nesterovSchema } from './schema';

export const entry = defineFigure({
  id: 'nesterov',
  title: 'Nesterov looks ahead',
  chapter: 5,
  figure: '5.3',
  description: 'Classical and Nesterov momentum step by step on a ravine: the carried velocity, the look-ahead point and the gradient taken there.',
  schema: nesterovSchema,
  presets: [
    { id: 'ravine', label: 'Heavy momentum in a ravine', values: { lr: 0.03, momentum: 0.9, classical: true } },
    { id: 'nesterov-breaks', label: 'Nesterov’s smaller safe region', values: { lr: 0.07, momentum: 0.7, classical: true } },
  ],
  height: 900,
});
