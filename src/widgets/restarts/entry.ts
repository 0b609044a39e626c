import { defineFigure } from '../figure-entry';
import { restartsSchema } from './schema';

export const entry = defineFigure({
  id: 'restarts',
  title: 'Random restarts: try several, keep the best',
  chapter: 6,
  figure: '6.4',
  description: 'N seeded random starts with the best kept, and the chance of finding a global minimum against 1 − (1 − p)^N.',
  schema: restartsSchema,
  presets: [
    { id: 'camel', label: 'Six-hump camel, 5 restarts', values: { surface: 'six-hump-camel', n: 5, seed: 1 } },
    { id: 'rastrigin', label: 'Rastrigin: p is tiny', values: { surface: 'rastrigin', n: 20, seed: 1 } },
  ],
  height: 900,
});
