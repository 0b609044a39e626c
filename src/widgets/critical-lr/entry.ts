import { defineFigure } from '../figure-entry';
import { criticalLrSchema } from './schema';

export const entry = defineFigure({
  id: 'critical-lr',
  title: 'The critical learning rate',
  chapter: 3,
  figure: '3.2',
  description: 'A quadratic bowl with adjustable curvature: gradient descent converges for α < 2/L, zig-zags above 1/L and is fastest at 2/(L+λₘᵢₙ).',
  schema: criticalLrSchema,
  presets: [
    { id: 'fastest', label: 'Fastest: α = 2/(L+λₘᵢₙ)', values: { L: 6, kappa: 3, lr: 0.25 } },
    { id: 'zig-zag', label: 'Zig-zag: 1/L < α < 2/L', values: { L: 6, kappa: 3, lr: 0.3 } },
    { id: 'diverge', label: 'Diverge: α > 2/L', values: { L: 6, kappa: 3, lr: 0.35 } },
    { id: 'ravine', label: 'Ill-conditioned (κ = 20)', values: { L: 10, kappa: 20, lr: 0.19 } },
  ],
  height: 1000,
});
