import { defineFigure } from '../figure-entry';
import { playgroundSchema } from './schema';

export const entry = defineFigure({
  id: 'playground',
  title: 'Playground',
  chapter: 0,
  figure: '',
  description: 'Type your own f(x, y) or pick a surface, and race any optimizers with any hyperparameters and schedule from a draggable start.',
  schema: playgroundSchema,
  presets: [
    { id: 'own', label: 'Your own function', values: { surface: 'custom' } },
    { id: 'rosenbrock', label: 'Rosenbrock, Adam vs momentum', values: { surface: 'rosenbrock', start: [-1.2, 1], racers: ['momentum', 'adam'], lrMomentum: 0.001, lrAdam: 0.2, steps: 1000 } },
    { id: 'cosine', label: 'Cosine schedule on a bumpy bowl', values: { surface: 'custom', source: 'x^2 + y^2 + 2*sin(3x)*sin(3y)', schedule: 'cosine', racers: ['sgd', 'adam'] } },
  ],
  height: 1250,
});
