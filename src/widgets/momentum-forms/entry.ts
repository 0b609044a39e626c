import { defineFigure } from '../figure-entry';
import { momentumFormsSchema } from './schema';

export const entry = defineFigure({
  id: 'momentum-forms',
  title: 'Two ways to write momentum',
  chapter: 5,
  figure: '5.2',
  description: 'The textbook moving-average momentum with α against PyTorch’s summed momentum with lr = α(1−β): the same path; dampening and an unscaled lr for contrast.',
  schema: momentumFormsSchema,
  presets: [
    { id: 'same-path', label: 'Same path, two formulas', values: { alpha: 0.3, beta: 0.9, dampened: false, sameLr: false } },
    { id: 'unscaled', label: 'Forgetting to rescale lr', values: { alpha: 0.3, beta: 0.9, dampened: false, sameLr: true } },
    { id: 'heavy', label: 'β = 0.99: a 100× longer PyTorch buffer', values: { alpha: 0.3, beta: 0.99, dampened: true, sameLr: false } },
  ],
  height: 1050,
});
