import { defineSchema } from '~/state/schema';

/** Chapter 5: plain gradient descent against heavy-ball momentum in an ill-conditioned ravine. */
export const ravineSchema = defineSchema({
  kappa: { kind: 'number', key: 'k', label: 'Condition number κ = L/λₘᵢₙ', default: 25, min: 1, max: 200, scale: 'log', digits: 2, help: 'How much steeper the valley is across than along.' },
  lr: { kind: 'number', key: 'lr', label: 'Learning rate η', default: 0.07, min: 0.001, max: 0.5, scale: 'log', digits: 2, help: 'The same η for both runs.' },
  momentum: { kind: 'number', key: 'mu', label: 'Momentum μ', default: 0.7, min: 0, max: 0.99, digits: 2, help: 'PyTorch’s momentum: how much of the last step is kept.' },
});
