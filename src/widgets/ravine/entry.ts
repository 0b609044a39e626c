import { defineFigure } from '../figure-entry';
import { ravineSchema } from './schema';

export const entry = defineFigure({
  id: 'ravine',
  title: 'Momentum in a ravine',
  chapter: 5,
  figure: '5.1',
  description: 'Plain gradient descent zig-zags down an ill-conditioned quadratic while heavy-ball momentum does not; the map of (μ, ηL) where momentum converges: 0 < ηL < 2 + 2μ.',
  schema: ravineSchema,
  presets: [
    { id: 'zigzag', label: 'Zig-zag vs momentum', values: { kappa: 25, lr: 0.07, momentum: 0.7 } },
    { id: 'fastest', label: "Polyak's fastest setting", values: { kappa: 25, lr: 0.11, momentum: 0.44 } },
    { id: 'too-much', label: 'Past the edge: ηL > 2 + 2μ', values: { kappa: 25, lr: 0.13, momentum: 0.5 } },
  ],
  height: 1100,
});
