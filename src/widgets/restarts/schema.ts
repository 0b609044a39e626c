import { defineSchema } from '~/state/schema';

/** Chapter 6: random restarts — run from N random starts, keep the best. */
export const restartsSchema = defineSchema({
  surface: {
    kind: 'choice',
    key: 'f',
    label: 'Surface',
    default: 'six-hump-camel',
    choices: [
      { value: 'two-well', label: 'Two wells' },
      { value: 'six-hump-camel', label: 'Six-hump camel' },
      { value: 'rastrigin', label: 'Rastrigin' },
    ],
  },
  n: { kind: 'int', key: 'n', label: 'Restarts N', default: 5, min: 1, max: 20 },
  seed: { kind: 'int', key: 'seed', label: 'Seed', default: 1, min: 1, max: 999, help: 'Which random starts; the same seed gives the same starts.' },
});
