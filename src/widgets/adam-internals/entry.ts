import { defineFigure } from '../figure-entry';
import { adamInternalsSchema } from './schema';

export const entry = defineFigure({
  id: 'adam-internals',
  title: 'Inside Adam',
  chapter: 5,
  figure: '5.5',
  description: 'Adam step by step with m, v, m̂, v̂ and the update in a live formula; switching bias correction off shows why the first steps need it.',
  schema: adamInternalsSchema,
  presets: [
    { id: 'defaults', label: 'PyTorch defaults, α = 0.1', values: { lr: 0.1, beta1: 0.9, beta2: 0.999, biasCorrection: true } },
    { id: 'no-correction', label: 'Bias correction off', values: { lr: 0.1, beta1: 0.9, beta2: 0.999, biasCorrection: false } },
  ],
  height: 1100,
});
