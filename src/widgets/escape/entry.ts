import { defineFigure } from '../figure-entry';
import { escapeSchema } from './schema';

export const entry = defineFigure({
  id: 'escape',
  title: 'Carried through, shaken out',
  chapter: 6,
  figure: '6.5',
  description: 'Plain gradient descent stuck in a shallow dip, momentum carrying through it, and noisy gradients shaking out of it.',
  schema: escapeSchema,
  presets: [
    { id: 'defaults', label: 'Stuck, carried, shaken', values: { lr: 0.05, beta: 0.9, sigma: 2, seed: 1 } },
    { id: 'little-noise', label: 'Too little noise, too little momentum', values: { lr: 0.05, beta: 0.8, sigma: 0.5, seed: 1 } },
  ],
  height: 900,
});
