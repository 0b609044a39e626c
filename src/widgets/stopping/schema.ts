import { defineSchema } from '~/state/schema';

/** Chapter 3: stopping rules ending one run. */
export const stoppingSchema = defineSchema({
  lossTol: { kind: 'number', key: 'tl', label: 'Loss-change tolerance', default: 1e-4, min: 1e-8, max: 0.1, scale: 'log', digits: 1, help: 'Stop when the loss changes by less than this in one step.' },
  gradTol: { kind: 'number', key: 'tg', label: 'Gradient-norm tolerance', default: 0.01, min: 1e-5, max: 1, scale: 'log', digits: 1, help: 'Stop when the gradient is shorter than this.' },
  patience: { kind: 'int', key: 'p', label: 'Patience (steps)', default: 10, min: 1, max: 100, help: 'Stop when the best loss has not improved for this many steps.' },
  noise: { kind: 'number', key: 'n', label: 'Gradient noise σ', default: 0, min: 0, max: 1, digits: 2, help: 'Random noise added to each gradient, as in stochastic gradient descent.' },
});
