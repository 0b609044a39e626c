import { defineFigure } from '../figure-entry';
import { schedulesSchema } from './schema';

export const entry = defineFigure({
  id: 'schedules',
  title: 'Learning-rate schedules',
  chapter: 3,
  figure: '3.4',
  description: 'Step, exponential, 1/t and cosine decay, warm restarts and warm-up: α(t) and the noisy run each gives.',
  schema: schedulesSchema,
  presets: [
    { id: 'constant', label: 'Constant α: the jitter stays', values: { kind: 'constant' } },
    { id: 'step', label: 'Step decay', values: { kind: 'step' } },
    { id: 'sgdr', label: 'Warm restarts (SGDR)', values: { kind: 'cosine-restarts' } },
    { id: 'warmup', label: 'Warm-up on steep walls', values: { kind: 'linear-warmup', surface: 'steep' } },
  ],
  height: 1000,
});
