import { defineSchema } from '~/state/schema';

/** Chapter 3: learning-rate schedules, α(t) and the run each gives. */
export const schedulesSchema = defineSchema({
  kind: {
    kind: 'choice',
    key: 's',
    label: 'Schedule',
    default: 'cosine',
    choices: [
      { value: 'constant', label: 'Constant' },
      { value: 'step', label: 'Step decay' },
      { value: 'exponential', label: 'Exponential decay' },
      { value: 'inverse-time', label: '1/t decay' },
      { value: 'cosine', label: 'Cosine annealing' },
      { value: 'cosine-restarts', label: 'Cosine with warm restarts' },
      { value: 'linear-warmup', label: 'Linear warm-up' },
    ],
    help: 'How the learning rate changes with the step t.',
  },
  surface: {
    kind: 'choice',
    key: 'surf',
    label: 'Surface',
    default: 'bowl',
    choices: [
      { value: 'bowl', label: 'Bowl' },
      { value: 'steep', label: 'Bowl with steep walls' },
    ],
    help: 'The bowl, or the same bowl with steep outer walls where the runs start (what warm-up is for).',
  },
  lr: { kind: 'number', key: 'lr', label: 'Starting α₀', default: 0.3, min: 0.01, max: 1, scale: 'log', digits: 2, help: 'The learning rate at step 0 (the peak, for warm-up).' },
  noise: { kind: 'number', key: 'n', label: 'Gradient noise σ', default: 0.8, min: 0, max: 3, digits: 1, help: 'Standard deviation of random noise added to each gradient, as in stochastic gradient descent.' },
  seed: { kind: 'int', key: 'seed', label: 'Noise seed', default: 1, min: 1, max: 999, help: 'The same seed replays the same noise.' },
});
