import { defineFigure } from '../figure-entry';
import { lrTrioSchema } from './schema';

export const entry = defineFigure({
  id: 'lr-trio',
  title: 'Too small, just right, too large',
  chapter: 3,
  figure: '3.1',
  description: 'Three learning rates on the same bowl side by side, with their loss curves on one log chart.',
  schema: lrTrioSchema,
  presets: [
    { id: 'seed-table', label: 'α = 1e-6, 0.001, 10', values: { small: 1e-6, good: 1e-3, large: 10 } },
    { id: 'near-edges', label: 'Near 1/L and 2/L', values: { small: 4e-4, good: 2e-3, large: 4.1e-3 } },
    { id: 'zig-zag', label: 'Safe, zig-zag, bounce', values: { small: 1.6e-3, good: 3.6e-3, large: 4e-3 } },
  ],
  height: 900,
});
