import { defineSchema } from '~/state/schema';

/** Chapter 5: the textbook (moving-average) and PyTorch forms of momentum on one surface. */
export const momentumFormsSchema = defineSchema({
  alpha: { kind: 'number', key: 'a', label: 'Textbook learning rate α', default: 0.3, min: 0.01, max: 3, scale: 'log', digits: 2, help: 'The step size of the moving-average form.' },
  beta: { kind: 'number', key: 'b', label: 'Momentum β', default: 0.9, min: 0, max: 0.99, digits: 2, help: 'β in the average, μ in PyTorch: the same number.' },
  dampened: { kind: 'boolean', key: 'damp', label: 'Also PyTorch with dampening = β, lr = α', default: true },
  sameLr: { kind: 'boolean', key: 'same', label: 'Also PyTorch with lr = α (not rescaled)', default: false },
});
